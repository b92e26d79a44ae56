// Template expansion (`{{name}}` blocks for the skeleton, sponsor, sections and items).
// Properties: validate() and expand() agree on what is an error; text without `{` expands to
// itself; an error names a line that exists; values are written as given, never expanded again.

#include "fuzzsupport.h"
#include "templates/templateengine.h"

using namespace galley;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList fields = fuzz::splitFields(data, size, 2);
    const QString text = QString::fromUtf8(fields[0]);
    // Every known placeholder gets the same value, itself a template: it must come out verbatim.
    const QString value = QString::fromUtf8(fields[1]);
    TemplateValues values;
    for (const TemplateEngine::Placeholder &placeholder : TemplateEngine::knownPlaceholders())
        values.insert(placeholder.name, value);

    const Result<QString> expanded = TemplateEngine::expand(text, values, u"fuzz"_qs);
    const Status valid = TemplateEngine::validate(text, u"fuzz"_qs);
    fuzz::require(expanded.ok() == valid.ok(), "validate and expand disagree", fields[0]);
    if (!expanded) {
        const Error &error = expanded.error();
        fuzz::require(!error.message.isEmpty(), "an error without a message", fields[0]);
        fuzz::require(error.line >= 0 && error.line <= text.count(u'\n') + 1,
                      "an error names a line the template does not have", fields[0]);
        return 0;
    }
    if (!text.contains(u'{'))
        fuzz::require(*expanded == text, "text without placeholders changed", fields[0]);
    // Values are not templates: expanding a text that is one placeholder gives the value as is.
    const Result<QString> single = TemplateEngine::expand(u"{{sponsor.copy}}"_qs, values);
    fuzz::require(single.ok() && *single == value, "a value was expanded again", fields[1]);
    return 0;
}
