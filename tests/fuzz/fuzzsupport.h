#pragma once

// Shared by the libFuzzer targets: input splitting, a failed property, and an HTML safety check
// written independently of the sanitiser it checks (a second opinion, not a copy).

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

#include <cstdio>
#include <cstdlib>

namespace galley::fuzz {

// A property did not hold: print what and where, and abort so libFuzzer keeps the input.
[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    // Control bytes shown as \xNN: a NUL would end the line, an escape would reach the terminal.
    QByteArray shown;
    for (const char c : detail) {
        if ((uchar(c) < 0x20 && c != '\n') || c == 0x7f)
            shown += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            shown += c;
    }
    std::fprintf(stderr, "\n*** property failed: %s\n%s\n", what, shown.constData());
    std::fflush(stderr);
    std::abort();
}

inline void require(bool holds, const char *what, const QByteArray &detail = {})
{
    if (!holds)
        fail(what, detail);
}

// Several independent inputs from one: fields separated by the byte 0x1F (unit separator), so
// the seeds stay readable text. Missing fields are empty.
inline QByteArrayList splitFields(const uint8_t *data, size_t size, qsizetype count)
{
    QByteArrayList fields
        = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\x1f');
    while (fields.size() < count)
        fields.append(QByteArray());
    return fields;
}

namespace detail {

inline QByteArray lower(QByteArray s)
{
    for (char &c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

// The few entity forms cmark-gfm and our renderers write into attribute values.
inline QByteArray decodeEntities(const QByteArray &value)
{
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != '&') {
            out += value[i];
            continue;
        }
        const qsizetype semi = value.indexOf(';', i);
        if (semi < 0 || semi - i > 10) {
            out += value[i];
            continue;
        }
        const QByteArray entity = lower(value.mid(i + 1, semi - i - 1));
        bool ok = false;
        uint code = 0;
        if (entity.startsWith("#x"))
            code = entity.mid(2).toUInt(&ok, 16);
        else if (entity.startsWith('#'))
            code = entity.mid(1).toUInt(&ok, 10);
        else if (entity == "amp")
            code = '&', ok = true;
        else if (entity == "lt")
            code = '<', ok = true;
        else if (entity == "gt")
            code = '>', ok = true;
        else if (entity == "quot")
            code = '"', ok = true;
        else if (entity == "colon")
            code = ':', ok = true;
        else if (entity == "tab")
            code = '\t', ok = true;
        else if (entity == "newline")
            code = '\n', ok = true;
        if (!ok) {
            out += value[i];
            continue;
        }
        out += code < 0x80 ? QByteArray(1, char(code)) : QByteArray("?");
        i = semi;
    }
    return out;
}

// What a browser makes of a URL's scheme: control characters and white space dropped, case
// folded.
inline QByteArray schemeView(const QByteArray &url)
{
    QByteArray out;
    for (char c : url)
        if (uchar(c) > 0x20 && c != 0x7f)
            out += c;
    return lower(out);
}

inline bool isUrlAttribute(const QByteArray &name)
{
    return name == "href" || name == "src" || name == "action" || name == "formaction"
        || name == "background" || name == "poster" || name == "xlink:href" || name == "srcset"
        || name == "cite" || name == "lowsrc" || name == "dynsrc";
}

inline bool isSafeUrl(const QByteArray &tag, const QByteArray &attribute, const QByteArray &raw)
{
    const QByteArray url = schemeView(decodeEntities(raw));
    if (url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("file:")
        || url.startsWith("livescript:"))
        return false;
    if (url.startsWith("data:")) {
        if (tag != "img" || attribute != "src")
            return false;
        for (const char *type : {"png", "gif", "jpeg", "webp"})
            if (url.startsWith(QByteArray(QByteArray("data:image/") + type + ";base64,")))
                return true;
        return false;
    }
    return true;
}

} // namespace detail

// Every tag of `html`: no <script> (nor the other elements that load or run code), no on*=
// attribute, no URL attribute with a script, file or non-image data scheme. Comments (the
// email's Outlook conditionals) are skipped; `allowedHeadTags` lists elements a whole email
// document may hold (<style>, <meta>) that a body fragment must not.
inline void requireSafeHtml(const QByteArray &html, const char *where,
                            std::initializer_list<const char *> allowedHeadTags = {})
{
    using namespace detail;
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    };
    qsizetype i = 0;
    while ((i = html.indexOf('<', i)) >= 0) {
        if (html.mid(i).startsWith("<!--")) {
            const qsizetype end = html.indexOf("-->", i + 4);
            require(end >= 0, "unterminated comment in HTML", html.mid(i, 200));
            i = end + 3;
            continue;
        }
        qsizetype p = i + 1;
        if (p < html.size() && html[p] == '/')
            ++p;
        const qsizetype nameStart = p;
        while (p < html.size() && (std::isalnum(uchar(html[p])) || html[p] == '!'))
            ++p;
        const QByteArray tag = lower(html.mid(nameStart, p - nameStart));
        require(!tag.isEmpty(), "a '<' that opens no tag reached the HTML", html.mid(i, 200));
        bool headTag = false;
        for (const char *allowed : allowedHeadTags)
            headTag = headTag || tag == allowed;
        for (const char *banned :
             {"script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "form",
              "svg", "math", "style", "meta", "link", "template"})
            require(tag != banned || headTag, "a dangerous element reached the HTML",
                    QByteArray(where) + ": " + html.mid(i, 200));
        // Attributes, up to the tag's end.
        while (p < html.size() && html[p] != '>') {
            while (p < html.size() && (space(html[p]) || html[p] == '/'))
                ++p;
            const qsizetype attrStart = p;
            while (p < html.size() && !space(html[p]) && html[p] != '=' && html[p] != '>'
                   && html[p] != '/')
                ++p;
            const QByteArray name = lower(html.mid(attrStart, p - attrStart));
            QByteArray value;
            if (p < html.size() && html[p] == '=') {
                ++p;
                if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
                    const char quote = html[p];
                    const qsizetype close = html.indexOf(quote, p + 1);
                    require(close >= 0, "unterminated attribute value", html.mid(i, 200));
                    value = html.mid(p + 1, close - p - 1);
                    p = close + 1;
                } else {
                    const qsizetype valueStart = p;
                    while (p < html.size() && !space(html[p]) && html[p] != '>')
                        ++p;
                    value = html.mid(valueStart, p - valueStart);
                }
            }
            if (name.isEmpty())
                continue;
            require(!name.startsWith("on"), "an event handler attribute reached the HTML",
                    QByteArray(where) + ": " + html.mid(i, 300));
            if (isUrlAttribute(name))
                require(isSafeUrl(tag, name, value), "a dangerous URL reached the HTML",
                        QByteArray(where) + ": " + html.mid(i, 300));
        }
        i = p;
    }
}

} // namespace galley::fuzz
