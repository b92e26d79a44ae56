#pragma once

#include <QString>

namespace galley {

// The look of the email, as plain values. The renderer turns them into inline styles while it
// writes each element, because most mail clients drop or rewrite <style> blocks: inline styles
// are the only CSS that reliably arrives.
struct EmailTheme
{
    QString fontFamily = QStringLiteral(
        "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif");
    QString monoFontFamily
        = QStringLiteral("SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace");
    QString textColor = QStringLiteral("#1f2328");
    QString headingColor = QStringLiteral("#111827");
    QString mutedColor = QStringLiteral("#6b7280");
    QString linkColor = QStringLiteral("#0b57d0");
    QString pageBackground = QStringLiteral("#f3f4f6");
    QString contentBackground = QStringLiteral("#ffffff");
    QString sponsorBackground = QStringLiteral("#fff8e6");
    QString sponsorBorder = QStringLiteral("#f0c36d");
    QString codeBackground = QStringLiteral("#f3f4f6");
    QString ruleColor = QStringLiteral("#e5e7eb");
    int fontSize = 16; // px, body text
    int lineHeight = 26; // px, body text
    int smallFontSize = 13; // px, header line, footer, footnotes
    int h1Size = 26;
    int h2Size = 21;
    int h3Size = 18;
    int contentWidth = 600; // px, the column; fluid below this width

    friend bool operator==(const EmailTheme &, const EmailTheme &) = default;
};

// The elements the renderer styles; one inline style each.
enum class EmailElement {
    Paragraph,
    Heading1,
    Heading2,
    Heading3,
    Link,
    List,
    ListItem,
    TaskItem,
    Blockquote,
    InlineCode,
    CodeBlock,
    Table,
    TableHeader,
    TableCell,
    Image,
    Rule,
    SponsorBox,
    SponsorLabel,
    Footnotes,
    HeaderName,
    HeaderTitle,
    HeaderDate,
    Footer,
    FooterLink,
};
constexpr int emailElementCount = int(EmailElement::FooterLink) + 1;

// The inline style (the value of style="...") of one element under `theme`.
QString inlineStyle(const EmailTheme &theme, EmailElement element);

} // namespace galley
