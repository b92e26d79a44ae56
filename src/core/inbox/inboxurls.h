#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

// The link the inbox keeps for `text`: trimmed, with https:// added when no scheme was typed
// ("example.com/post"). nullopt for anything but an http or https address with a host.
std::optional<QString> inboxUrl(const QString &text);

// Every http(s) link in a piece of text (a paste: a chat message, a list, a page's text), in
// order, each once, without the punctuation that ends a sentence around it.
QStringList urlsInText(const QString &text);

// The host without "www.", for the inbox's rows ("example.com").
QString urlDomain(const QString &url);

} // namespace galley
