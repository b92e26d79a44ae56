#include "editor/findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace galley::gui {

QRegularExpression findPattern(const QString &text, const FindOptions &options)
{
    QString pattern = options.regex ? text : QRegularExpression::escape(text);
    if (options.wholeWord)
        pattern = u"\\b(?:"_s + pattern + u")\\b"_s;
    QRegularExpression re(pattern);
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    re.setPatternOptions(flags);
    return re;
}

namespace {
// QTextDocument::find() overrides the expression's own case option with this flag.
QTextDocument::FindFlags caseFlag(const FindOptions &options)
{
    return options.caseSensitive ? QTextDocument::FindCaseSensitively : QTextDocument::FindFlags();
}
} // namespace

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_word(new QCheckBox(tr("&Whole words"), this))
    , m_highlight(new QCheckBox(tr("&Highlight all"), this))
    , m_message(new QLabel(this))
    , m_highlightTimer(new QTimer(this))
{
    setObjectName(u"findReplaceBar"_s);
    m_find->setObjectName(u"findText"_s);
    m_replace->setObjectName(u"replaceText"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_find->setClearButtonEnabled(true);

    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *replace = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceAll = new QPushButton(tr("Replace &all"), m_replaceRow);
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_case);
    findRow->addWidget(m_word);
    findRow->addWidget(m_highlight);
    findRow->addWidget(m_message);
    findRow->addWidget(close);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(replaceAll);
    replaceLayout->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    m_highlightTimer->setSingleShot(true);
    m_highlightTimer->setInterval(150);
    connect(m_highlightTimer, &QTimer::timeout, this, &FindReplaceBar::updateHighlights);
    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_find, &QLineEdit::textChanged, m_highlightTimer, qOverload<>(&QTimer::start));
    for (QCheckBox *box : {m_regex, m_case, m_word, m_highlight})
        connect(box, &QCheckBox::toggled, m_highlightTimer, qOverload<>(&QTimer::start));
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible() && m_highlight->isChecked())
            m_highlightTimer->start();
    });
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setExtraSelections({});
        m_editor->setFocus();
    });
}

void FindReplaceBar::showFind()
{
    m_replaceRow->hide();
    show();
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindReplaceBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindReplaceBar::setOptions(const FindOptions &options)
{
    m_regex->setChecked(options.regex);
    m_case->setChecked(options.caseSensitive);
    m_word->setChecked(options.wholeWord);
}

FindOptions FindReplaceBar::options() const
{
    return {m_regex->isChecked(), m_case->isChecked(), m_word->isChecked()};
}

void FindReplaceBar::setHighlightAll(bool on)
{
    m_highlight->setChecked(on);
    updateHighlights();
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

void FindReplaceBar::showMessage(const QString &message)
{
    m_message->setText(message);
}

bool FindReplaceBar::find(bool backward)
{
    const QRegularExpression pattern = findPattern(m_find->text(), options());
    if (m_find->text().isEmpty() || !pattern.isValid()) {
        showMessage(pattern.isValid() ? QString() : tr("Invalid expression"));
        return false;
    }
    QTextDocument *doc = m_editor->document();
    QTextDocument::FindFlags flags = caseFlag(options());
    if (backward)
        flags |= QTextDocument::FindBackward;
    QTextCursor found = doc->find(pattern, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around, as every editor does.
        QTextCursor start(doc);
        if (backward)
            start.movePosition(QTextCursor::End);
        found = doc->find(pattern, start, flags);
    }
    if (found.isNull() || !found.hasSelection()) {
        showMessage(tr("Not found"));
        return false;
    }
    showMessage({});
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
}

QString FindReplaceBar::replacementFor(const QString &matched,
                                       const QRegularExpression &pattern) const
{
    if (!options().regex)
        return m_replace->text();
    // Expand \1..\9 from the match, as sed and most editors do.
    const auto m = pattern.match(matched);
    QString out;
    const QString templ = m_replace->text();
    for (qsizetype i = 0; i < templ.size(); ++i) {
        if (templ.at(i) == u'\\' && i + 1 < templ.size()) {
            const QChar c = templ.at(i + 1);
            if (c.isDigit()) {
                out += m.captured(c.digitValue());
                ++i;
                continue;
            }
            if (c == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
            out += c;
            ++i;
            continue;
        }
        out += templ.at(i);
    }
    return out;
}

bool FindReplaceBar::replaceCurrent()
{
    const QRegularExpression pattern = findPattern(m_find->text(), options());
    QTextCursor cursor = m_editor->textCursor();
    if (pattern.isValid() && cursor.hasSelection()) {
        const QString selected = cursor.selectedText();
        QRegularExpression anchored(QRegularExpression::anchoredPattern(pattern.pattern()),
                                    pattern.patternOptions());
        if (anchored.match(selected).hasMatch()) {
            cursor.insertText(replacementFor(selected, pattern));
            m_editor->setTextCursor(cursor);
        }
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    const QRegularExpression pattern = findPattern(m_find->text(), options());
    if (m_find->text().isEmpty() || !pattern.isValid())
        return 0;
    QTextDocument *doc = m_editor->document();
    QTextCursor edit(doc);
    edit.beginEditBlock();
    int count = 0;
    const QTextDocument::FindFlags flags = caseFlag(options());
    QTextCursor found = doc->find(pattern, 0, flags);
    while (!found.isNull() && found.hasSelection()) {
        found.insertText(replacementFor(found.selectedText(), pattern));
        ++count;
        found = doc->find(pattern, found.position(), flags);
    }
    edit.endEditBlock();
    showMessage(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_highlighted = 0;
    const QRegularExpression pattern = findPattern(m_find->text(), options());
    if (m_highlight->isChecked() && !m_find->text().isEmpty() && pattern.isValid()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xe0, 0x66));
        QTextDocument *doc = m_editor->document();
        const QTextDocument::FindFlags flags = caseFlag(options());
        QTextCursor found = doc->find(pattern, 0, flags);
        while (!found.isNull() && found.hasSelection() && m_highlighted < MaxHighlights) {
            selections.append({found, format});
            ++m_highlighted;
            found = doc->find(pattern, found.selectionEnd(), flags);
        }
    }
    m_editor->setExtraSelections(selections);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setExtraSelections({});
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace galley::gui
