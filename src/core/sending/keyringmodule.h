#pragma once

// The QtKeychain side of PasswordVault (passwordvault.cpp), in a module of its own,
// galley-keyring.so, loaded only by a process that reads or writes a password: QtKeychain brings
// Qt D-Bus, GLib and libdbus, which no other `galley` command needs to load.

#include <cstddef>

extern "C" {

enum GalleyKeyringOutcome {
    GalleyKeyringOk = 0,
    GalleyKeyringNotFound, // the keyring works but holds no such entry
    GalleyKeyringUnavailable, // no keyring (no D-Bus session, no Secret Service)
    GalleyKeyringFailed // the keyring refused (locked, access denied): error says why
};

// Receives the password, once.
typedef void (*GalleyKeyringSink)(void *context, const char *data, size_t size);

// Blocking: runs a local event loop until the keyring answers. `password` null deletes the entry.
typedef int (*GalleyKeyringRead)(const char *service, const char *key, GalleyKeyringSink sink,
                                 void *context, char *error, size_t errorSize);
typedef int (*GalleyKeyringWrite)(const char *service, const char *key, const char *password,
                                  char *error, size_t errorSize);
#define GALLEY_KEYRING_READ_SYMBOL "galley_keyring_read"
#define GALLEY_KEYRING_WRITE_SYMBOL "galley_keyring_write"
}
