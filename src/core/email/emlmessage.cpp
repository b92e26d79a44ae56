// GMime pulls in GIO, whose headers use `signals` as a field name: include it before any Qt header
// defines that keyword as a macro.
#include <gmime/gmime.h>

#include "emlmessage.h"

#include <QCoreApplication>

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::EmlMessage)
};

struct GObjectUnref
{
    void operator()(gpointer object) const { g_object_unref(object); }
};
template<typename T> using GPtr = std::unique_ptr<T, GObjectUnref>;

void initGMimeOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Parses `text` into `list`; an Error when it holds no mailbox with an address.
Status addAddresses(InternetAddressList *list, const QString &text, const QString &field)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    InternetAddressList *parsed = internet_address_list_parse(nullptr, utf8.constData());
    bool valid = parsed && internet_address_list_length(parsed) > 0;
    for (int i = 0; valid && i < internet_address_list_length(parsed); ++i) {
        InternetAddress *address = internet_address_list_get_address(parsed, i);
        valid = INTERNET_ADDRESS_IS_MAILBOX(address)
            && QByteArrayView(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
                   .contains('@');
    }
    if (valid)
        internet_address_list_append(list, parsed);
    if (parsed)
        g_object_unref(parsed);
    if (!valid)
        return Error {{},
                      0,
                      Tr::tr("The %1 address '%2' is not a valid email address; write it as "
                             "name@example.com or Name <name@example.com>.")
                          .arg(field, text),
                      Error::Failed};
    return Done {};
}

GMimeTextPart *textPart(const char *subtype, const QByteArray &utf8)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    g_mime_text_part_set_text(part, utf8.constData());
    g_mime_text_part_set_charset(part, "utf-8");
    // Quoted-printable keeps long HTML lines under the 998-octet limit and leaves ASCII readable.
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return part;
}

QByteArray domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    QString domain = at < 0 ? u"localhost"_s : address.mid(at + 1);
    domain.remove(u'>');
    domain = domain.trimmed();
    return domain.isEmpty() ? "localhost"_ba : domain.toUtf8();
}

} // namespace

Result<QByteArray> buildEmlMessage(const EmailContent &content, const EmailSettings &settings,
                                   const QDateTime &date)
{
    initGMimeOnce();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));

    if (Status s = addAddresses(g_mime_message_get_from(message.get()), settings.from,
                                Tr::tr("sender (From)"));
        !s)
        return s.error();
    if (Status s = addAddresses(g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO),
                                settings.to, Tr::tr("recipient (To)"));
        !s)
        return s.error();
    if (!settings.replyTo.trimmed().isEmpty()) {
        if (Status s = addAddresses(g_mime_message_get_reply_to(message.get()), settings.replyTo,
                                    Tr::tr("Reply-To"));
            !s)
            return s.error();
    }

    g_mime_message_set_subject(message.get(), content.subject.toUtf8().constData(), "utf-8");

    GDateTime *when = g_date_time_new_from_unix_local(date.toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), when);
    g_date_time_unref(when);

    char *id = g_mime_utils_generate_message_id(domainOf(settings.from).constData());
    g_mime_message_set_message_id(message.get(), id);
    g_free(id);

    GPtr<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
    GPtr<GMimeTextPart> plain(textPart("plain", content.text.toUtf8()));
    GPtr<GMimeTextPart> html(textPart("html", content.html));
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(plain.get()));
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(html.get()));
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(alternative.get()));

    GMimeFormatOptions *format = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), format, stream.get());
    g_mime_format_options_free(format);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

} // namespace galley
