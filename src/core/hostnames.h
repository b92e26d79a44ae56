#pragma once

#include <QString>

namespace galley {

// What a host name says about itself, without asking a resolver. The link checker, the title
// fetcher and the test-email sender share these answers (one rule, one place).

// localhost, *.localhost (RFC 6761), 127.0.0.0/8 and ::1: a host on this machine, reachable
// offline and safe for an unencrypted connection.
bool isLoopbackHost(const QString &host);

// RFC 6761: a name under .invalid never resolves, and resolvers are to say so at once; asking
// one anyway could leave the machine (the tests' unknown hosts are such names).
bool isInvalidHostName(const QString &host);

} // namespace galley
