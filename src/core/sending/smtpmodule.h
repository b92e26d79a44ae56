#pragma once

// The libcurl side of SmtpSender (smtpsender.cpp), in a module of its own, galley-smtp.so, that
// only a process sending a test email loads: libcurl with OpenSSL brings some twenty libraries
// (HTTP/2, SSH, LDAP, Kerberos...), which every other `galley` command would otherwise pay for on
// each start, as galley-eml.so spares them GMime. Plain C types: the module links no Qt.

#include <cstddef>

extern "C" {

enum GalleySmtpSecurity { GalleySmtpStartTls = 0, GalleySmtpTls, GalleySmtpPlain };

// UTF-8, NUL-terminated; `user` and `password` may be null (no AUTH), `trustedSha256` too (no
// certificate trusted beyond the system's). `progress` may be null; it returns nonzero to cancel.
struct GalleySmtpRequest
{
    const char *url; // smtp://host:port or smtps://host:port
    int security; // GalleySmtpSecurity
    const char *user;
    const char *password;
    const char *mailFrom; // the envelope sender: a bare address
    const char *const *recipients; // bare addresses
    int recipientCount;
    const char *message;
    size_t messageSize;
    long timeoutMs; // for the whole conversation, connecting included
    const char *trustedSha256; // a leaf certificate accepted although no CA vouches for it
    int (*progress)(void *context, size_t sent, size_t total);
    void *context;
};

enum GalleySmtpOutcome {
    GalleySmtpSent = 0, // the server accepted the whole message (250 after DATA)
    GalleySmtpRefused, // connection refused
    GalleySmtpNameNotFound,
    GalleySmtpUntrustedCertificate, // certificateSha256 and detail say which and why
    GalleySmtpTlsFailed, // any other TLS failure (no STARTTLS offered, handshake)
    GalleySmtpAuthRejected,
    GalleySmtpRecipientRejected, // recipient names which
    GalleySmtpTooLarge,
    GalleySmtpTimedOut,
    GalleySmtpCancelled,
    GalleySmtpFailed // anything else: detail and reply say what
};

// What happened. Never holds the password: the AUTH lines the client sends are not kept.
struct GalleySmtpReport
{
    int outcome; // GalleySmtpOutcome
    long replyCode; // the server's last reply code, 0 when none
    char reply[512]; // the server's last reply line
    char recipient[320]; // the recipient the server refused
    char detail[512]; // libcurl's (or OpenSSL's) explanation
    char certificateSha256[100]; // the server's certificate, AB:CD:... (when TLS got that far)
};

typedef int (*GalleySmtpSend)(const GalleySmtpRequest *request, GalleySmtpReport *report);
#define GALLEY_SMTP_SEND_SYMBOL "galley_smtp_send"
}
