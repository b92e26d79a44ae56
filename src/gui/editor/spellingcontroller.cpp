#include "editor/spellingcontroller.h"

#include "drafts/storeclient.h"
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "issuedocument.h"
#include "newslettersettings.h"
#include "settings/settingsnotifier.h"
#include "spelling/issuespelling.h"
#include "store/store.h"
#include "window/actionregistry.h"
#include "window/messagebar.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFutureWatcher>
#include <QMenu>
#include <QSettings>
#include <QTextBlock>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace galley::gui {

std::atomic<SpellingController::LoadHook> SpellingController::s_loadHook = nullptr;

namespace {
constexpr int MaxSuggestions = 7;
const QString EnabledKey = u"editor/checkSpelling"_s;

// The front matter's text (between the fences, without them) and where the body starts; empty
// and 0 without front matter. Reads at most the front matter's blocks, never the whole text.
QString frontMatterText(const QTextDocument *doc, int *end)
{
    *end = 0;
    QTextBlock b = doc->firstBlock();
    if (!b.isValid() || b.text() != u"---"_s)
        return {};
    QString out = u"---\n"_s;
    for (b = b.next(); b.isValid(); b = b.next()) {
        out += b.text() + u'\n';
        if (b.text().trimmed() == u"---"_s || b.text().trimmed() == u"..."_s) {
            *end = b.position() + int(b.length());
            return out;
        }
    }
    return {};
}
} // namespace

SpellingController::SpellingController(const WindowParts &parts)
    : QObject(parts.editor)
    , m_parts(parts)
    , m_highlighter(parts.editor->highlighter())
    , m_refresh(new QTimer(this))
{
    setObjectName(u"spellingController"_s);
    m_enabled = QSettings().value(EnabledKey, true).toBool();
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, [this] { refresh(false); });
    connect(parts.editor->document(), &QTextDocument::contentsChange, this,
            &SpellingController::onContentsChange);
    parts.editor->viewport()->installEventFilter(this);
    if (parts.storeClient) {
        connect(parts.storeClient, &StoreClient::opened, this, [this] {
            m_storeOpen = true;
            refresh(true);
        });
    }
    connect(SettingsNotifier::instance(), &SettingsNotifier::newsletterSettingsChanged, this,
            [this] { refresh(true); });
    // Words added or removed here, in another window or in Preferences: the store's list is the
    // truth from now on (a removed word is underlined again).
    connect(SettingsNotifier::instance(), &SettingsNotifier::personalWordsChanged, this, [this] {
        m_added.clear();
        refresh(true);
    });
    if (ActionRegistry *actions = parts.actions) {
        QAction *toggle = actions->action(ActionRegistry::CheckSpelling);
        toggle->setChecked(m_enabled);
        connect(toggle, &QAction::toggled, this, &SpellingController::setEnabled);
        connect(actions->action(ActionRegistry::NextMisspelling), &QAction::triggered, this,
                [this] { nextMisspelling(); });
    }
    refresh(false);
}

SpellingController::~SpellingController()
{
    if (m_highlighter)
        m_highlighter->forgetSpellChecker();
}

void SpellingController::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    QSettings().setValue(EnabledKey, on);
    applyKnownWords();
}

void SpellingController::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed);
    Q_UNUSED(added);
    // Only the front matter decides the language and the ignore list: typing in the body
    // costs nothing here (the highlighter checks the changed lines).
    if (position <= m_frontMatterEnd || m_frontMatterEnd == 0)
        m_refresh->start();
}

void SpellingController::refresh(bool reloadStoreWords)
{
    int end = 0;
    const QString head = frontMatterText(m_parts.editor->document(), &end);
    m_frontMatterEnd = end;
    auto doc = IssueDocument::fromText(head);
    if (!doc)
        return; // front matter being typed: keep what was there
    const QStringList ignored = ignoredWords(*doc);
    const QString language = spellingLanguage(*doc, m_settingLanguage);
    // Without a dictionary, every refresh looks again (it may have been installed meanwhile).
    const bool languageChanged
        = language != m_language || (!m_checker.isReady() && !m_loadingDictionary);
    if (!languageChanged && !reloadStoreWords) {
        if (ignored != m_ignored) {
            m_ignored = ignored;
            applyKnownWords();
        }
        return;
    }
    m_ignored = ignored;
    if (languageChanged) {
        m_language = language;
        m_storeWords.clear();
        loadDictionary(language);
    }
    if (!m_storeOpen || !m_parts.storeClient)
        return;
    // The store's words and the newsletter's language setting, off the GUI thread.
    const int generation = ++m_loadGeneration;
    const QString dictionary = m_checker.dictionary();
    const QString issueLang = doc->frontMatter().value(u"lang"_s).value_or(QString());
    struct Answer
    {
        QString setting;
        QSet<QString> words;
    };
    m_parts.storeClient->run(
        this,
        [dictionary, issueLang](Store &store) {
            Answer a;
            const auto set = NewsletterSettings(store).profile();
            a.setting = set ? resolveProfile(*set, ArchiveInference {}).spellLanguage : u"en"_s;
            const QString wanted = issueLang.trimmed().isEmpty()
                ? SpellChecker::dictionaryName(a.setting)
                : SpellChecker::dictionaryName(issueLang);
            const auto words = store.spellingKnownWords(
                wanted, SpellChecker::dictionaryName(a.setting) == wanted);
            if (words)
                a.words = *words;
            return a;
        },
        [this, generation](Answer a) {
            if (generation != m_loadGeneration)
                return;
            const bool settingChanged = a.setting != m_settingLanguage;
            m_settingLanguage = a.setting;
            m_storeWords = a.words;
            if (settingChanged) {
                m_language.clear(); // load the new language's dictionary, then its words
                refresh(true);
                return;
            }
            applyKnownWords();
        });
}

// Reading a dictionary takes 40-300 ms: on a worker thread, while nothing is underlined. A
// dictionary read once is kept for the process (and used only on this thread), so a second
// window or going back to a language costs nothing. Of several requests, the last one wins.
void SpellingController::loadDictionary(const QString &language)
{
    static QHash<QString, SpellChecker::Loaded> loaded; // GUI thread only
    // By the folders too: GALLEY_DICTIONARY_PATH can change (tests of a missing dictionary).
    const QString key = SpellChecker::dictionaryName(language) + u'|'
        + SpellChecker::dictionaryFolders().join(u':');
    const int generation = ++m_dictionaryGeneration;
    if (const auto it = loaded.constFind(key); it != loaded.cend()) {
        m_loadingDictionary = false;
        useDictionary(it.value());
        return;
    }
    m_loadingDictionary = true;
    m_checker.unload(language);
    applyKnownWords();
    auto *watcher = new QFutureWatcher<SpellChecker::Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, key] {
        watcher->deleteLater();
        const SpellChecker::Loaded result = watcher->result();
        if (result.engine)
            loaded.insert(key, result);
        if (generation != m_dictionaryGeneration)
            return;
        m_loadingDictionary = false;
        useDictionary(result);
    });
    watcher->setFuture(QtConcurrent::run([language] {
        if (const LoadHook hook = s_loadHook.load())
            hook(language);
        return SpellChecker::read(language);
    }));
}

void SpellingController::useDictionary(const SpellChecker::Loaded &dictionary)
{
    const Status used = m_checker.use(dictionary);
    const QString notice = used ? QString() : used.error().message;
    if (notice != m_notice && !notice.isEmpty() && m_parts.messageBar)
        m_parts.messageBar->showMessage(notice, MessageBar::Level::Warning);
    m_notice = notice;
    applyKnownWords();
}

void SpellingController::applyKnownWords()
{
    QSet<QString> known = m_storeWords;
    known.unite(m_added);
    for (const QString &w : std::as_const(m_ignored))
        known.insert(w.toLower());
    // Highlighting everything again costs about as much as opening the document: only when the
    // answers can differ (the store's answer on opening usually changes nothing).
    const QString state = isActive() ? m_checker.dictionary() : QString();
    if (known == m_applied && state == m_appliedState)
        return;
    // A few words more (Add to Dictionary, Ignore in This Issue): only the lines that hold one
    // of them are highlighted again, not the whole document.
    if (!state.isEmpty() && state == m_appliedState && m_applied.size() < known.size()
        && known.contains(m_applied)) {
        const QSet<QString> added = known - m_applied;
        if (added.size() <= 20) {
            m_applied = known;
            for (const QString &w : added)
                m_checker.addKnownWord(w);
            rehighlightLinesWith(added);
            emit checkerChanged();
            return;
        }
    }
    m_applied = known;
    m_appliedState = state;
    m_checker.setKnownWords(known);
    m_parts.editor->highlighter()->setSpellChecker(isActive() ? &m_checker : nullptr);
    emit checkerChanged();
}

void SpellingController::rehighlightLinesWith(const QSet<QString> &words)
{
    MarkdownHighlighter *highlighter = m_parts.editor->highlighter();
    for (QTextBlock b = m_parts.editor->document()->begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        for (const QString &w : words) {
            if (text.contains(w, Qt::CaseInsensitive)) {
                highlighter->rehighlightBlock(b);
                break;
            }
        }
    }
}

QMenu *SpellingController::createContextMenu(const QPoint &pos)
{
    MarkdownEditor *editor = m_parts.editor;
    QMenu *menu = editor->createStandardContextMenu(pos);
    const QTextCursor at = editor->cursorForPosition(pos);
    const QTextBlock block = at.block();
    int start = 0;
    int length = 0;
    if (!isActive()
        || !MarkdownHighlighter::misspelledWordAt(block, at.positionInBlock(), &start, &length))
        return menu;
    const QString word = block.text().mid(start, length);
    const int from = block.position() + start;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_checker.suggestions(word, MaxSuggestions);
    QList<QAction *> entries;
    for (const QString &s : suggestions) {
        auto *a = new QAction(s, menu);
        a->setObjectName(u"spellingSuggestion"_s);
        connect(a, &QAction::triggered, this, [editor, from, length, word, s] {
            QTextCursor c(editor->document());
            c.setPosition(from);
            c.setPosition(from + length, QTextCursor::KeepAnchor);
            if (c.selectedText() == word)
                c.insertText(s);
        });
        entries << a;
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        entries << none;
    }
    auto *add = new QAction(tr("Add to Dictionary"), menu);
    add->setObjectName(u"spellingAdd"_s);
    connect(add, &QAction::triggered, this, [this, word] { addToDictionary(word); });
    auto *ignore = new QAction(tr("Ignore in This Issue"), menu);
    ignore->setObjectName(u"spellingIgnore"_s);
    connect(ignore, &QAction::triggered, this, [this, word] { ignoreInIssue(word); });
    entries << add << ignore;
    menu->insertActions(first, entries);
    menu->insertSeparator(first);
    return menu;
}

bool SpellingController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && watched == m_parts.editor->viewport()) {
        auto *e = static_cast<QContextMenuEvent *>(event);
        QMenu *menu = createContextMenu(e->pos());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(e->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

bool SpellingController::nextMisspelling()
{
    MarkdownEditor *editor = m_parts.editor;
    if (!isActive())
        return false;
    const QTextCursor cursor = editor->textCursor();
    const QTextBlock startBlock = cursor.block();
    const int after = cursor.position() - startBlock.position();
    QTextBlock b = startBlock;
    // Once round the document, starting after the cursor, ending at its block's start.
    for (int pass = 0; pass <= editor->document()->blockCount(); ++pass) {
        const QString text = b.text();
        for (int i = 0; i < text.size(); ++i) {
            if (pass == 0 && i < after)
                continue;
            int start = 0;
            int length = 0;
            if (MarkdownHighlighter::misspelledWordAt(b, i, &start, &length) && start >= i) {
                QTextCursor c(editor->document());
                c.setPosition(b.position() + start);
                c.setPosition(b.position() + start + length, QTextCursor::KeepAnchor);
                editor->setTextCursor(c);
                editor->ensureCursorVisible();
                return true;
            }
        }
        b = b.next().isValid() ? b.next() : editor->document()->firstBlock();
    }
    return false;
}

void SpellingController::addToDictionary(const QString &word)
{
    m_added.insert(word.toLower());
    applyKnownWords();
    if (!m_parts.storeClient || !m_storeOpen)
        return;
    const QString dictionary = m_checker.dictionary();
    m_parts.storeClient->run(
        this, [dictionary, word](Store &store) { return store.addPersonalWord(dictionary, word); },
        [this](Status s) {
            if (s)
                SettingsNotifier::instance()->notifyPersonalWordsChanged();
            else if (m_parts.messageBar)
                m_parts.messageBar->showMessage(s.error().message, MessageBar::Level::Warning);
        });
}

void SpellingController::ignoreInIssue(const QString &word)
{
    const QString text = m_parts.editor->toPlainText();
    const QString changed = withIgnoredWord(text, word);
    if (changed != text)
        replaceText(changed);
    m_refresh->stop();
    refresh(false);
}

// Changes only the part of the text that differs (the front matter's line), as one undo step,
// so the cursor and the rest of the document stay where they were.
void SpellingController::replaceText(const QString &text)
{
    const QString old = m_parts.editor->toPlainText();
    qsizetype head = 0;
    while (head < old.size() && head < text.size() && old.at(head) == text.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < old.size() - head && tail < text.size() - head
           && old.at(old.size() - 1 - tail) == text.at(text.size() - 1 - tail))
        ++tail;
    QTextCursor c(m_parts.editor->document());
    c.setPosition(int(head));
    c.setPosition(int(old.size() - tail), QTextCursor::KeepAnchor);
    c.insertText(text.mid(head, text.size() - tail - head));
}

} // namespace galley::gui
