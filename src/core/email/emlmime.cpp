// galley-eml.so: builds the .eml with GMime (see emlmime.h). No Qt here.
#include <gmime/gmime.h>

#include "emlmime.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

namespace {

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

// Parses `text` into `list`; false when it holds no mailbox with an address.
bool addAddresses(InternetAddressList *list, const char *text)
{
    InternetAddressList *parsed = internet_address_list_parse(nullptr, text);
    bool valid = parsed && internet_address_list_length(parsed) > 0;
    for (int i = 0; valid && i < internet_address_list_length(parsed); ++i) {
        InternetAddress *address = internet_address_list_get_address(parsed, i);
        const char *addr = INTERNET_ADDRESS_IS_MAILBOX(address)
            ? internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))
            : nullptr;
        valid = addr && std::strchr(addr, '@');
    }
    if (valid)
        internet_address_list_append(list, parsed);
    if (parsed)
        g_object_unref(parsed);
    return valid;
}

// The Message-Id's domain: the domain of the parsed sender's first mailbox, never the raw setting
// (whose comments, display names or line breaks would end up in a header).
std::string messageIdDomain(InternetAddressList *from)
{
    std::string domain;
    if (internet_address_list_length(from) > 0) {
        InternetAddress *first = internet_address_list_get_address(from, 0);
        if (INTERNET_ADDRESS_IS_MAILBOX(first)) {
            const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(first));
            const char *at = addr ? std::strrchr(addr, '@') : nullptr;
            if (at)
                domain = at + 1;
        }
    }
    const bool plain = !domain.empty() && std::all_of(domain.begin(), domain.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '.' || c == '-';
    });
    return plain ? domain : std::string("localhost");
}

GMimeTextPart *textPart(const char *subtype, const char *utf8)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    // The bytes as they are: g_mime_text_part_set_text() would convert a text that fits Latin-1
    // ("Se désabonner") to ISO-8859-1, which the utf-8 label below would then misname.
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(utf8, std::strlen(utf8));
    GMimeDataWrapper *content
        = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
    g_object_unref(stream);
    g_mime_part_set_content(GMIME_PART(part), content);
    g_object_unref(content);
    g_mime_text_part_set_charset(part, "utf-8");
    // Quoted-printable keeps long HTML lines under the 998-octet limit and leaves ASCII readable.
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return part;
}

} // namespace

extern "C" __attribute__((visibility("default"))) int
galley_eml_build(const GalleyEmlParts *parts, GalleyEmlSink sink, void *context)
{
    initGMimeOnce();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));

    if (!addAddresses(g_mime_message_get_from(message.get()), parts->from))
        return GalleyEmlBadFrom;
    if (!addAddresses(g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO),
                      parts->to))
        return GalleyEmlBadTo;
    if (parts->replyTo && !addAddresses(g_mime_message_get_reply_to(message.get()), parts->replyTo))
        return GalleyEmlBadReplyTo;

    g_mime_message_set_subject(message.get(), parts->subject, "utf-8");

    GDateTime *when = g_date_time_new_from_unix_local(parts->date);
    g_mime_message_set_date(message.get(), when);
    g_date_time_unref(when);

    const std::string domain = messageIdDomain(g_mime_message_get_from(message.get()));
    char *id = g_mime_utils_generate_message_id(domain.c_str());
    g_mime_message_set_message_id(message.get(), id);
    g_free(id);

    GPtr<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
    GPtr<GMimeTextPart> plain(textPart("plain", parts->text));
    GPtr<GMimeTextPart> html(textPart("html", parts->html));
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(plain.get()));
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(html.get()));
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(alternative.get()));

    GMimeFormatOptions *format = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), format, stream.get());
    g_mime_format_options_free(format);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    sink(context, reinterpret_cast<const char *>(bytes->data), bytes->len);
    return GalleyEmlWritten;
}
