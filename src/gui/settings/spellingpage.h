#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace galley::gui {

class StoreClient;

// Preferences ▸ Spelling: the personal dictionary of a language (the words Add to Dictionary
// put there), to look through, remove from and add to. Changes go to the store at once (not
// with the dialog's Save): they are what every window and `galley spell` read, and every open
// editor hears of them through SettingsNotifier::personalWordsChanged.
class SpellingPage : public QWidget
{
    Q_OBJECT
public:
    explicit SpellingPage(StoreClient *client, QWidget *parent = nullptr);

    // The dictionary shown ("en_US"); the newsletter's spelling language's until changed.
    QString dictionary() const;
    QStringList words() const;

    QComboBox *languageCombo() const { return m_language; }
    QListWidget *wordList() const { return m_list; }
    QLineEdit *wordEdit() const { return m_word; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    // The list shows the store's words (after opening, a language change, an add or remove).
    void wordsShown();

private:
    void reload();
    void addWord();
    void removeSelected();
    void changed(const QString &error);

    StoreClient *m_client;
    QComboBox *m_language;
    QListWidget *m_list;
    QLineEdit *m_word;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
    int m_request = 0; // drops answers to older requests
};

} // namespace galley::gui
