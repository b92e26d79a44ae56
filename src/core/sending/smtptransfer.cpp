// galley-smtp.so: one SMTP conversation through libcurl (see smtpmodule.h). Built as a module with
// hidden visibility; only galley_smtp_send is exported.
#include "smtpmodule.h"

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

namespace {

struct Transfer
{
    const GalleySmtpRequest *request = nullptr;
    GalleySmtpReport *report = nullptr;
    size_t offset = 0;
    std::string lastCommand; // the verb of the last command the client sent
    std::string lastRecipient;
    long lastReplyCode = 0; // of the last reply before QUIT: the one that explains a failure
    bool quitting = false; // the client said QUIT: later replies ("221 Bye") explain nothing
    bool certificateRejected = false;
};

void copyText(char *to, size_t size, const std::string &from)
{
    std::snprintf(to, size, "%s", from.c_str());
}

size_t readMessage(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t n = std::min(t->request->messageSize - t->offset, size * count);
    std::memcpy(buffer, t->request->message + t->offset, n);
    t->offset += n;
    return n;
}

int onProgress(void *userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *t = static_cast<Transfer *>(userdata);
    if (!t->request->progress)
        return 0;
    return t->request->progress(t->request->context, t->offset, t->request->messageSize);
}

std::string trimmedLine(const char *data, size_t size)
{
    std::string line(data, size);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.pop_back();
    return line;
}

// Follows the conversation to say which step failed. Only the verbs of known commands are kept
// (and RCPT's address): the lines after AUTH LOGIN and AUTH PLAIN's argument carry the password.
int onDebug(CURL *, curl_infotype type, char *data, size_t size, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    if (type == CURLINFO_HEADER_OUT) {
        const std::string line = trimmedLine(data, size);
        std::string verb = line.substr(0, line.find(' '));
        std::transform(verb.begin(), verb.end(), verb.begin(),
                       [](unsigned char c) { return char(std::toupper(c)); });
        static const char *const known[]
            = {"EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "RSET"};
        if (verb == "QUIT")
            t->quitting = true;
        else if (std::any_of(std::begin(known), std::end(known),
                             [&](const char *k) { return verb == k; })) {
            t->lastCommand = verb;
            if (verb == "RCPT") {
                const size_t open = line.find('<');
                const size_t close = line.find('>', open);
                if (open != std::string::npos && close != std::string::npos)
                    t->lastRecipient = line.substr(open + 1, close - open - 1);
            }
        }
    } else if (type == CURLINFO_HEADER_IN && !t->quitting) {
        const std::string line = trimmedLine(data, size);
        copyText(t->report->reply, sizeof t->report->reply, line);
        if (line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line[0])))
            t->lastReplyCode = std::atol(line.substr(0, 3).c_str());
    }
    return 0;
}

std::string normalizedFingerprint(const char *text)
{
    std::string out;
    for (const char *p = text; p && *p; ++p)
        if (std::isxdigit(static_cast<unsigned char>(*p)))
            out += char(std::toupper(static_cast<unsigned char>(*p)));
    return out;
}

// OpenSSL's verdict on each certificate of the chain. Notes the server's certificate's SHA-256;
// accepts a chain no CA vouches for only when that certificate is the one the person trusted.
int verifyCertificate(int preverifyOk, X509_STORE_CTX *ctx)
{
    SSL *ssl
        = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(ctx, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *t = static_cast<Transfer *>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)));
    std::string fingerprint;
    if (X509 *leaf = X509_STORE_CTX_get0_cert(ctx)) {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (X509_digest(leaf, EVP_sha256(), md, &length)) {
            char hex[4];
            for (unsigned int i = 0; i < length; ++i) {
                std::snprintf(hex, sizeof hex, i ? ":%02X" : "%02X", md[i]);
                fingerprint += hex;
            }
            copyText(t->report->certificateSha256, sizeof t->report->certificateSha256,
                     fingerprint);
        }
    }
    if (preverifyOk)
        return 1;
    const std::string trusted = normalizedFingerprint(t->request->trustedSha256);
    if (!trusted.empty() && trusted == normalizedFingerprint(fingerprint.c_str())) {
        X509_STORE_CTX_set_error(ctx, X509_V_OK);
        return 1;
    }
    t->certificateRejected = true;
    copyText(t->report->detail, sizeof t->report->detail,
             X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx)));
    return 0;
}

CURLcode onSslContext(CURL *, void *sslContext, void *userdata)
{
    auto *ctx = static_cast<SSL_CTX *>(sslContext);
    SSL_CTX_set_app_data(ctx, userdata);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verifyCertificate);
    return CURLE_OK;
}

GalleySmtpOutcome classify(CURLcode rc, const Transfer &t, long code)
{
    switch (rc) {
    case CURLE_OK:
        return GalleySmtpSent;
    case CURLE_ABORTED_BY_CALLBACK:
        return GalleySmtpCancelled;
    case CURLE_COULDNT_RESOLVE_HOST:
        return GalleySmtpNameNotFound;
    case CURLE_COULDNT_CONNECT:
        return GalleySmtpRefused;
    case CURLE_OPERATION_TIMEDOUT:
        return GalleySmtpTimedOut;
    case CURLE_LOGIN_DENIED:
        return GalleySmtpAuthRejected;
    default:
        break;
    }
    if (t.certificateRejected)
        return GalleySmtpUntrustedCertificate;
    if (rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CONNECT_ERROR
        || rc == CURLE_USE_SSL_FAILED || rc == CURLE_SSL_CERTPROBLEM || rc == CURLE_SSL_CIPHER
        || rc == CURLE_SSL_CACERT_BADFILE)
        return GalleySmtpTlsFailed;
    // 552: exceeded storage allocation, after MAIL ... SIZE= or after the data.
    if (code == 552)
        return GalleySmtpTooLarge;
    if (t.lastCommand == "RCPT" && code >= 400)
        return GalleySmtpRecipientRejected;
    // 530: authentication required (no user name set); 534/535: credentials refused.
    if (code == 530 || code == 534 || code == 535 || t.lastCommand == "AUTH")
        return GalleySmtpAuthRejected;
    return GalleySmtpFailed;
}

} // namespace

extern "C" __attribute__((visibility("default"))) int
galley_smtp_send(const GalleySmtpRequest *request, GalleySmtpReport *report)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    std::memset(report, 0, sizeof *report);
    CURL *curl = curl_easy_init();
    if (!curl) {
        report->outcome = GalleySmtpFailed;
        copyText(report->detail, sizeof report->detail, "libcurl could not start");
        return report->outcome;
    }
    Transfer t;
    t.request = request;
    t.report = report;
    char error[CURL_ERROR_SIZE] = {};
    curl_slist *recipients = nullptr;
    for (int i = 0; i < request->recipientCount; ++i)
        recipients = curl_slist_append(recipients,
                                       ("<" + std::string(request->recipients[i]) + ">").c_str());
    const std::string from = "<" + std::string(request->mailFrom) + ">";

    curl_easy_setopt(curl, CURLOPT_URL, request->url);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     request->security == GalleySmtpPlain ? long(CURLUSESSL_NONE)
                                                          : long(CURLUSESSL_ALL));
    if (request->user && *request->user) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, request->user);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, request->password ? request->password : "");
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &t);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(request->messageSize));
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // for onDebug; nothing goes to stderr
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, onDebug);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &t);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, request->timeoutMs);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, request->timeoutMs);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, onSslContext);
    curl_easy_setopt(curl, CURLOPT_SSL_CTX_DATA, &t);
    // A certificate trusted by its fingerprint is the server's identity: its names do not matter.
    if (request->trustedSha256 && *request->trustedSha256)
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);

    const CURLcode rc = curl_easy_perform(curl);
    const long code = t.lastReplyCode;
    report->replyCode = code;
    report->outcome = classify(rc, t, code);
    if (report->outcome == GalleySmtpRecipientRejected)
        copyText(report->recipient, sizeof report->recipient, t.lastRecipient);
    if (report->outcome != GalleySmtpUntrustedCertificate || !report->detail[0])
        copyText(report->detail, sizeof report->detail,
                 error[0] ? std::string(error) : std::string(curl_easy_strerror(rc)));
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    return report->outcome;
}
