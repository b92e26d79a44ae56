#include "emailtheme.h"

using namespace Qt::StringLiterals;

namespace galley {

namespace {

QString px(int value)
{
    return QString::number(value) + u"px"_s;
}

QString text(const EmailTheme &t, int size, int lineHeight, const QString &color)
{
    return u"margin:0 0 16px;font-family:"_s + t.fontFamily + u";font-size:"_s + px(size)
        + u";line-height:"_s + px(lineHeight) + u";color:"_s + color + u';';
}

QString heading(const EmailTheme &t, int size)
{
    return u"margin:28px 0 12px;font-family:"_s + t.fontFamily + u";font-size:"_s + px(size)
        + u";line-height:"_s + px(size + 8) + u";font-weight:700;color:"_s + t.headingColor + u';';
}

} // namespace

QString inlineStyle(const EmailTheme &t, EmailElement element)
{
    switch (element) {
    case EmailElement::Paragraph:
        return text(t, t.fontSize, t.lineHeight, t.textColor);
    case EmailElement::Heading1:
        return heading(t, t.h1Size);
    case EmailElement::Heading2:
        return heading(t, t.h2Size);
    case EmailElement::Heading3:
        return heading(t, t.h3Size);
    case EmailElement::Link:
        return u"color:"_s + t.linkColor + u";text-decoration:underline;word-break:break-word;"_s;
    case EmailElement::List:
        return text(t, t.fontSize, t.lineHeight, t.textColor) + u"padding:0 0 0 24px;"_s;
    case EmailElement::ListItem:
        return u"margin:0 0 6px;"_s;
    case EmailElement::TaskItem:
        return u"margin:0 0 6px;list-style-type:none;"_s;
    case EmailElement::Blockquote:
        return u"margin:0 0 16px;padding:0 0 0 16px;border-left:4px solid "_s + t.ruleColor
            + u";color:"_s + t.mutedColor + u';';
    case EmailElement::InlineCode:
        return u"font-family:"_s + t.monoFontFamily + u";font-size:0.9em;background-color:"_s
            + t.codeBackground + u";padding:1px 4px;border-radius:3px;"_s;
    case EmailElement::CodeBlock:
        return u"margin:0 0 16px;padding:12px 14px;font-family:"_s + t.monoFontFamily
            + u";font-size:"_s + px(t.smallFontSize + 1) + u";line-height:"_s
            + px(t.smallFontSize + 8) + u";color:"_s + t.textColor + u";background-color:"_s
            + t.codeBackground
            + u";border-radius:4px;white-space:pre-wrap;word-break:break-word;"_s;
    case EmailElement::Table:
        return u"margin:0 0 16px;border-collapse:collapse;width:100%;font-family:"_s + t.fontFamily
            + u";font-size:"_s + px(t.fontSize - 1) + u";color:"_s + t.textColor + u';';
    case EmailElement::TableHeader:
        return u"padding:6px 10px;border:1px solid "_s + t.ruleColor + u";background-color:"_s
            + t.codeBackground + u";font-weight:700;"_s;
    case EmailElement::TableCell:
        return u"padding:6px 10px;border:1px solid "_s + t.ruleColor + u';';
    case EmailElement::Image:
        return u"max-width:100%;height:auto;border:0;"_s;
    case EmailElement::Rule:
        return u"margin:24px 0;border:0;border-top:1px solid "_s + t.ruleColor + u";height:0;"_s;
    case EmailElement::SponsorBox:
        return u"padding:16px 20px;background-color:"_s + t.sponsorBackground
            + u";border:1px solid "_s + t.sponsorBorder + u";border-radius:6px;"_s;
    case EmailElement::SponsorLabel:
        return u"margin:0 0 8px;font-family:"_s + t.fontFamily + u";font-size:"_s
            + px(t.smallFontSize) + u";line-height:"_s + px(t.smallFontSize + 6)
            + u";font-weight:700;letter-spacing:0.04em;text-transform:uppercase;color:"_s
            + t.mutedColor + u';';
    case EmailElement::Footnotes:
        return u"margin:24px 0 0;font-size:"_s + px(t.smallFontSize + 1) + u";color:"_s
            + t.mutedColor + u';';
    case EmailElement::HeaderName:
        return text(t, t.smallFontSize, t.smallFontSize + 6, t.mutedColor)
            + u"margin:0 0 4px;font-weight:700;letter-spacing:0.06em;text-transform:uppercase;"_s;
    case EmailElement::HeaderTitle:
        return heading(t, t.h1Size) + u"margin:0 0 6px;"_s;
    case EmailElement::HeaderDate:
        return text(t, t.smallFontSize + 1, t.smallFontSize + 8, t.mutedColor) + u"margin:0;"_s;
    case EmailElement::Footer:
        return text(t, t.smallFontSize, t.smallFontSize + 7, t.mutedColor);
    case EmailElement::FooterLink:
        return u"color:"_s + t.mutedColor + u";text-decoration:underline;"_s;
    }
    return {};
}

} // namespace galley
