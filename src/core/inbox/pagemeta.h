#pragma once

#include <QByteArray>
#include <QString>

namespace galley {

// What a web page says about itself, for an inbox item's title: og:title (else <title>) and
// og:description (else the meta description), as plain text.
struct PageMeta
{
    QString title;
    QString description;
};

// Reads the page's bytes (possibly only its first part) with gumbo, decoded with the charset the
// server named (`headerCharset`, from Content-Type), else the one the page declares in a
// <meta>, else UTF-8 (Windows-1252 when the bytes are not UTF-8), as browsers do.
PageMeta readPageMeta(const QByteArray &bytes, const QByteArray &headerCharset = {});

// "utf-8" from "text/html; charset=UTF-8"; empty when not given.
QByteArray charsetOfContentType(const QByteArray &contentType);

} // namespace galley
