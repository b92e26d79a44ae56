#include "issue/blockinsertion.h"

#include "issuestructure.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct BlockInsertionTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::BlockInsertion)
};

bool isBlank(const QStringList &lines, int index)
{
    return index < 0 || index >= lines.size() || lines.at(index).trimmed().isEmpty();
}

int orderIndex(const QStringList &order, const QString &name)
{
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (normalisedText(order.at(i)) == normalisedText(name))
            return int(i);
    }
    return -1;
}
} // namespace

InsertedBlock insertBlockAfter(const QString &body, int afterLine, const QString &block)
{
    QStringList lines = body.split(u'\n');
    int last = std::clamp(afterLine, 0, int(lines.size()));
    // Join the text above: no blank lines piling up between it and the block.
    while (last > 0 && isBlank(lines, last - 1))
        --last;
    QStringList insert;
    if (last > 0)
        insert << QString() << QString();
    const int firstLine = last + int(insert.size()) + 1;
    insert << trimTrailingBlankLines(block).split(u'\n');
    // Two blank lines before the text that follows, as in the fixtures.
    int blanks = 0;
    while (last + blanks < lines.size() && isBlank(lines, last + blanks))
        ++blanks;
    if (last + blanks < lines.size()) {
        for (int i = blanks; i < 2; ++i)
            insert << QString();
    }
    for (qsizetype i = 0; i < insert.size(); ++i)
        lines.insert(last + i, insert.at(i));
    return {lines.join(u'\n'), firstLine};
}

InsertedBlock insertBlockNearLine(const QString &body, int line, const QString &block)
{
    const QStringList lines = body.split(u'\n');
    int index = std::clamp(line - 1, 0, int(lines.size()) - 1);
    if (isBlank(lines, index))
        return insertBlockAfter(body, index, block);
    while (!isBlank(lines, index + 1))
        ++index;
    return insertBlockAfter(body, index + 1, block);
}

Result<InsertedBlock> insertSection(const QString &body, const QString &name,
                                    const QStringList &order, const QString &sectionBlock,
                                    const QString &sponsorLabelPrefix)
{
    if (name.trimmed().isEmpty()) {
        Error e;
        e.message = BlockInsertionTr::tr("Choose the section to insert.");
        return e;
    }
    const IssueStructure s = analyseIssue(body, sponsorLabelPrefix);
    for (const IssueSection &sec : s.sections) {
        if (normalisedText(sec.heading) == normalisedText(name)) {
            Error e;
            e.code = Error::Conflict;
            e.line = sec.headingLine;
            e.message = BlockInsertionTr::tr("This issue already has a section \"%1\", on line %2.")
                            .arg(sec.heading)
                            .arg(sec.headingLine);
            return e;
        }
    }

    const int wanted = orderIndex(order, name);
    if (wanted >= 0) {
        for (const IssueSection &sec : s.sections) {
            const int index = orderIndex(order, sec.heading);
            if (index > wanted)
                return insertBlockAfter(body, sec.headingLine - 1, sectionBlock);
        }
    }
    int after = 0;
    if (!s.sections.isEmpty()) {
        const IssueSection &lastSection = s.sections.last();
        after = lastSection.endLine;
        if (s.closingSponsor && s.closingSponsor->startLine > lastSection.headingLine)
            after = std::min(after, s.closingSponsor->startLine - 1);
    } else if (s.topSponsor) {
        after = s.topSponsor->endLine;
    } else if (s.closingSponsor) {
        after = s.closingSponsor->startLine - 1;
    } else {
        after = int(body.split(u'\n').size());
    }
    return insertBlockAfter(body, after, sectionBlock);
}

} // namespace galley::gui
