// The .eml parsed back, with GMime and with Python's email package (an independent parser).

// GMime (through GIO) uses `signals` as a field name: include it before Qt's headers.
#include <gmime/gmime.h>

#include "email/emlmessage.h"
#include "emailtestsupport.h"
#include "exporter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::emailtest;

namespace {

struct Parsed
{
    GMimeMessage *message = nullptr;
    ~Parsed()
    {
        if (message)
            g_object_unref(message);
    }
};

GMimeMessage *parse(const QByteArray &eml)
{
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(eml.constData(), size_t(eml.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    g_object_unref(stream);
    return message;
}

QString header(GMimeMessage *message, const char *name)
{
    const char *value = g_mime_object_get_header(GMIME_OBJECT(message), name);
    return value ? QString::fromUtf8(value) : QString();
}

// The decoded content of a leaf part, with the canonical CRLF line ends back to LF.
QByteArray decodedContent(GMimeObject *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(part));
    GMimeStream *out = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, out);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    QByteArray result(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    g_object_unref(out);
    return result.replace("\r\n", "\n");
}

QString contentType(GMimeObject *object)
{
    char *type = g_mime_content_type_get_mime_type(g_mime_object_get_content_type(object));
    const QString result = QString::fromUtf8(type);
    g_free(type);
    return result;
}

} // namespace

class TestEmlMessage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { g_mime_init(); }

    void partsAndHeaders_data() { addIssueRows(); }
    void partsAndHeaders()
    {
        QFETCH(QString, path);
        const IssueDocument doc = loadIssue(path);
        EmailSettings settings;
        settings.from = u"Ops Wéekly <editor@ops.example.com>"_s;
        settings.to = u"me@example.org"_s;
        settings.replyTo = u"replies@ops.example.com"_s;
        const QByteArray eml = exportDocument(doc, ExportFormat::Eml, {}, settings);
        QVERIFY(!eml.isEmpty());
        // Lines end in CRLF and stay within the 998-octet limit.
        for (const QByteArray &line : eml.split('\n')) {
            QVERIFY(line.isEmpty() || line.endsWith('\r'));
            QVERIFY(line.size() <= 998);
        }
        // The subject is RFC 2047 encoded when it is not ASCII.
        const qsizetype s = eml.indexOf("\r\nSubject: ") + 11;
        const QByteArray rawSubject = eml.mid(s, eml.indexOf("\r\n", s) - s);
        bool ascii = true;
        for (const QChar c : doc.subject())
            ascii = ascii && c.unicode() < 128;
        // Headers are ASCII; non-ASCII words travel as RFC 2047 encoded-words.
        for (const char c : rawSubject)
            QVERIFY2(static_cast<unsigned char>(c) < 128, rawSubject.constData());
        if (!ascii)
            QVERIFY2(rawSubject.toLower().contains("=?utf-8?"), rawSubject.constData());

        Parsed parsed {parse(eml)};
        GMimeMessage *message = parsed.message;
        QVERIFY(message);
        QCOMPARE(QString::fromUtf8(g_mime_message_get_subject(message)), doc.subject());
        QCOMPARE(header(message, "MIME-Version"), u"1.0"_s);
        QVERIFY(g_mime_message_get_date(message));
        QVERIFY(header(message, "Message-Id").contains(u"@ops.example.com"_s));
        char *from
            = internet_address_list_to_string(g_mime_message_get_from(message), nullptr, FALSE);
        QCOMPARE(QString::fromUtf8(from), u"Ops Wéekly <editor@ops.example.com>"_s);
        g_free(from);
        QCOMPARE(header(message, "To"), u"me@example.org"_s);
        QCOMPARE(header(message, "Reply-To"), u"replies@ops.example.com"_s);

        GMimeObject *body = g_mime_message_get_mime_part(message);
        QVERIFY(GMIME_IS_MULTIPART(body));
        QCOMPARE(contentType(body), u"multipart/alternative"_s);
        GMimeMultipart *multipart = GMIME_MULTIPART(body);
        QCOMPARE(g_mime_multipart_get_count(multipart), 2);
        GMimeObject *plain = g_mime_multipart_get_part(multipart, 0);
        GMimeObject *html = g_mime_multipart_get_part(multipart, 1);
        QCOMPARE(contentType(plain), u"text/plain"_s);
        QCOMPARE(contentType(html), u"text/html"_s);
        for (GMimeObject *part : {plain, html}) {
            QCOMPARE(QString::fromUtf8(g_mime_object_get_content_type_parameter(part, "charset")),
                     u"utf-8"_s);
            QCOMPARE(int(g_mime_part_get_content_encoding(GMIME_PART(part))),
                     int(GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE));
        }
        QCOMPARE(decodedContent(plain), exportDocument(doc, ExportFormat::Text, {}, settings));
        QCOMPARE(decodedContent(html), exportDocument(doc, ExportFormat::Html, {}, settings));
    }

    void invalidAddressIsAnError()
    {
        const IssueDocument doc = loadIssue(issueFiles().constFirst());
        EmailSettings settings;
        settings.from = u"not an address"_s;
        const Result<QByteArray> eml = exportEml(doc, settings);
        QVERIFY(!eml);
        QVERIFY2(eml.error().message.contains(u"not an address"_s),
                 qPrintable(eml.error().message));
        QVERIFY(exportDocument(doc, ExportFormat::Eml, {}, settings).isEmpty());
        settings.from = u"a@example.com"_s;
        settings.replyTo = u"@@"_s;
        QVERIFY(!exportEml(doc, settings));
    }

    // The Message-Id domain was cut from the raw sender setting after its last '@', line breaks
    // and all: a sender with "\r\nBcc: ..." in a comment added headers to the message.
    void headerInjectionIsRefused()
    {
        IssueDocument doc = loadIssue(issueFiles().constFirst());
        EmailSettings settings;
        settings.to = u"readers@example.com"_s;
        settings.from
            = u"Team <news@example.com> (x\r\nBcc: victim@example.org\r\nX-Injected: z)"_s;
        Result<QByteArray> eml = exportEml(doc, settings);
        QVERIFY(!eml);
        QVERIFY2(eml.error().message.contains(u"line break"_s), qPrintable(eml.error().message));
        settings.from = u"news@example.com"_s;
        settings.replyTo = u"a@example.com\nBcc: victim@example.org"_s;
        QVERIFY(!exportEml(doc, settings));
        settings.replyTo.clear();
        settings.to = u"readers@example.com\r\nX-Injected: z"_s;
        QVERIFY(!exportEml(doc, settings));
        settings.to = u"readers@example.com"_s;
        doc.setField(u"subject"_s, u"Hello\r\nBcc: victim@example.org"_s);
        QVERIFY(!exportEml(doc, settings));
    }

    // Even a harmless comment in the sender gave a malformed Message-Id: the domain now comes
    // from the parsed mailbox.
    void messageIdDomainComesFromTheParsedSender()
    {
        const IssueDocument doc = loadIssue(issueFiles().constFirst());
        EmailSettings settings;
        settings.to = u"readers@example.com"_s;
        settings.from = u"news@example.com (Weekly News)"_s;
        const Result<QByteArray> eml = exportEml(doc, settings);
        QVERIFY(eml.ok());
        Parsed parsed {parse(*eml)};
        QVERIFY(parsed.message);
        const QString id = QString::fromUtf8(g_mime_message_get_message_id(parsed.message));
        QVERIFY2(id.endsWith(u"@example.com"_s), qPrintable(id));
        QVERIFY(!id.contains(u' ') && !id.contains(u'('));
        QVERIFY(!eml->contains("X-Injected"));
        const QList<QByteArray> lines = eml->left(eml->indexOf("\r\n\r\n")).split('\n');
        for (const QByteArray &line : lines)
            QVERIFY2(!line.startsWith("Bcc"), line.constData());
    }

    // The module was loaded from the build tree's absolute path when it was not next to the
    // program: a program copied (or installed) elsewhere loaded code from wherever it was built.
    void emlModuleLoadsOnlyFromNextToTheProgram()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cli
            = QFileInfo(QStringLiteral(GALLEY_BINARY)).absolutePath() + u"/galley-cli"_s;
        const QString copy = dir.filePath(u"galley-cli"_s);
        QVERIFY(QFile::copy(cli, copy));
        QProcess galley;
        galley.start(copy, {u"export"_s, issueFiles().constFirst(), u"--to"_s, u"eml"_s});
        QVERIFY(galley.waitForFinished(30000));
        const QByteArray err = galley.readAllStandardError();
        QCOMPARE(galley.exitCode(), 2);
        QVERIFY2(err.contains("galley-eml.so"), err.constData());
        QVERIFY(galley.readAllStandardOutput().isEmpty());
        // Next to it, the same copy writes the message.
        QVERIFY(QFile::copy(QFileInfo(cli).absolutePath() + u"/galley-eml.so"_s,
                            dir.filePath(u"galley-eml.so"_s)));
        galley.start(copy, {u"export"_s, issueFiles().constFirst(), u"--to"_s, u"eml"_s});
        QVERIFY(galley.waitForFinished(30000));
        QCOMPARE(galley.exitCode(), 0);
        QVERIFY(galley.readAllStandardOutput().contains("MIME-Version"));
    }

    void cliPresetPicksMergeTags()
    {
        const QString path = issueFiles().constFirst();
        QProcess galley;
        galley.start(QStringLiteral(GALLEY_BINARY),
                     {u"export"_s, path, u"--to"_s, u"html"_s, u"--preset"_s, u"sendy"_s});
        QVERIFY(galley.waitForFinished(30000));
        QCOMPARE(galley.exitCode(), 0);
        const QByteArray html = galley.readAllStandardOutput();
        QVERIFY(html.contains("href=\"[unsubscribe]\""));
        QVERIFY(html.contains("href=\"[webversion]\""));

        galley.start(QStringLiteral(GALLEY_BINARY),
                     {u"export"_s, path, u"--to"_s, u"eml"_s, u"--preset"_s, u"nope"_s});
        QVERIFY(galley.waitForFinished(30000));
        QCOMPARE(galley.exitCode(), 2);
        QVERIFY(galley.readAllStandardError().contains("'nope'"));
        QVERIFY(galley.readAllStandardOutput().isEmpty());
    }

    // Python's email package: a second, independent reading of the same bytes, through the CLI.
    void pythonReadsTheCliOutput_data() { addIssueRows(); }
    void pythonReadsTheCliOutput()
    {
        QFETCH(QString, path);
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        QVERIFY2(!python.isEmpty(), "python3 is needed by this test (Debian: python3)");
        QTemporaryDir dir;
        const QString out = dir.filePath(u"issue.eml"_s);
        QProcess galley;
        galley.start(QStringLiteral(GALLEY_BINARY),
                     {u"export"_s, path, u"--to"_s, u"eml"_s, u"-o"_s, out});
        QVERIFY(galley.waitForFinished(30000));
        QCOMPARE(galley.exitCode(), 0);

        const QString script = uR"(
import email, email.policy, sys
with open(sys.argv[1], 'rb') as f:
    msg = email.message_from_binary_file(f, policy=email.policy.default)
parts = list(msg.iter_parts())
print(msg.get_content_type())
print(str(msg['subject']))
print(len(parts))
for p in parts:
    print(p.get_content_type(), p.get_content_charset(), p['content-transfer-encoding'])
print(msg['from'].addresses[0].addr_spec)
print(bool(msg['date'].datetime), bool(msg['message-id']), str(msg['mime-version']))
print(len(msg.defects) + sum(len(p.defects) for p in parts))
print('https://' in parts[1].get_content(), parts[0].get_content().count('\n') > 5)
)"_s;
        QProcess py;
        py.start(python, {u"-c"_s, script, out});
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QStringList lines = QString::fromUtf8(py.readAllStandardOutput()).split(u'\n');
        const IssueDocument doc = loadIssue(path);
        QCOMPARE(lines.value(0), u"multipart/alternative"_s);
        QCOMPARE(lines.value(1), doc.subject());
        QCOMPARE(lines.value(2), u"2"_s);
        QCOMPARE(lines.value(3), u"text/plain utf-8 quoted-printable"_s);
        QCOMPARE(lines.value(4), u"text/html utf-8 quoted-printable"_s);
        QCOMPARE(lines.value(5), EmailSettings().from);
        QCOMPARE(lines.value(6), u"True True 1.0"_s);
        QCOMPARE(lines.value(7), u"0"_s); // no parse defects
        QCOMPARE(lines.value(8), u"True True"_s);
    }
};

QTEST_GUILESS_MAIN(TestEmlMessage)
#include "tst_emlmessage.moc"
