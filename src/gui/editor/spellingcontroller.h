#pragma once

#include "spelling/spellchecker.h"
#include "window/windowparts.h"

#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

class QMenu;
class QTimer;

namespace galley::gui {

class MarkdownHighlighter;

// Spell checking in the editor (issue 19): the checker for the open issue's language (its front
// matter's `lang:`, else the newsletter's setting), fed with the store's words (personal
// dictionary, archive vocabulary) and the issue's own ignore list; the highlighter underlines
// with it. Adds the suggestions, Add to Dictionary and Ignore in This Issue to the editor's
// context menu, and runs Edit ▸ Next Misspelling and View ▸ Check Spelling.
class SpellingController : public QObject
{
    Q_OBJECT
public:
    explicit SpellingController(const WindowParts &parts);
    ~SpellingController() override;

    const SpellChecker &checker() const { return m_checker; }
    bool isActive() const { return m_enabled && m_checker.isReady(); }
    // A dictionary is being read on a worker thread; isActive() is false meanwhile.
    bool isLoading() const { return m_loadingDictionary; }
    // The language the checker was asked for ("de") and why it is off, if it is.
    QString language() const { return m_language; }
    QString notice() const { return m_notice; }

    // The editor's context menu for a click at `pos` (viewport coordinates): the spelling
    // entries first when the click is on an unknown word. The caller owns the menu.
    QMenu *createContextMenu(const QPoint &pos);

    void setEnabled(bool on);
    // Selects the next unknown word after the cursor (wrapping round); false when there is none.
    bool nextMisspelling();
    void addToDictionary(const QString &word);
    void ignoreInIssue(const QString &word);

    // Called on the thread that reads a dictionary, before it reads it: for tests.
    using LoadHook = void (*)(const QString &language);
    static void setLoadHook(LoadHook hook) { s_loadHook = hook; }

signals:
    // The checker changed (language loaded, words learnt): for tests and the window.
    void checkerChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onContentsChange(int position, int removed, int added);
    void refresh(bool reloadStoreWords);
    void loadDictionary(const QString &language);
    void useDictionary(const SpellChecker::Loaded &dictionary);
    void applyKnownWords();
    void rehighlightLinesWith(const QSet<QString> &words);
    void replaceText(const QString &text);

    WindowParts m_parts;
    // The highlighter keeps a pointer to m_checker; it may outlive this controller.
    QPointer<MarkdownHighlighter> m_highlighter;
    SpellChecker m_checker;
    QTimer *m_refresh = nullptr;
    bool m_enabled = true;
    bool m_storeOpen = false;
    QString m_settingLanguage; // the newsletter's spelling language
    QString m_language; // the open issue's
    QString m_notice;
    QSet<QString> m_storeWords; // of m_checker.dictionary()
    QSet<QString> m_added; // this session's additions, until the store's answer has them
    QStringList m_ignored; // the issue's front matter list
    QSet<QString> m_applied; // the known words the highlighter last checked with
    QString m_appliedState; // and the dictionary ("" when off)
    int m_frontMatterEnd = 0; // position after the front matter's closing line
    int m_loadGeneration = 0; // drops answers to older requests
    int m_dictionaryGeneration = 0; // and dictionaries read for an older language
    bool m_loadingDictionary = false;
    static std::atomic<LoadHook> s_loadHook;
};

} // namespace galley::gui
