#include "settings/spellingpage.h"

#include "drafts/storeclient.h"
#include "newslettersettings.h"
#include "settings/settingsnotifier.h"
#include "spelling/spellchecker.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

SpellingPage::SpellingPage(StoreClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_language(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_word(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"spellingPage"_s);
    m_language->setObjectName(u"spellingLanguageCombo"_s);
    m_list->setObjectName(u"personalWordList"_s);
    m_word->setObjectName(u"personalWordEdit"_s);
    m_add->setObjectName(u"personalWordAdd"_s);
    m_remove->setObjectName(u"personalWordRemove"_s);
    // The dictionaries Debian packages (README); another can be typed ("es", "pt-BR").
    m_language->setEditable(true);
    for (const QString &d : {u"en_US"_s, u"en_GB"_s, u"de_DE"_s, u"fr_FR"_s})
        m_language->addItem(d);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_word->setPlaceholderText(tr("A word to accept"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Words you added with Add to Dictionary are spelt right in every "
                               "issue of this language. Words of at least three sent issues "
                               "are known without being listed here."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    top->addWidget(label);
    top->addWidget(m_language, 1);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_word, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    layout->addWidget(m_status);

    m_add->setEnabled(false);
    m_remove->setEnabled(false);
    connect(m_word, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_add->setEnabled(!text.trimmed().isEmpty() && !text.trimmed().contains(u' '));
    });
    connect(m_word, &QLineEdit::returnPressed, this, &SpellingPage::addWord);
    connect(m_add, &QPushButton::clicked, this, &SpellingPage::addWord);
    connect(m_remove, &QPushButton::clicked, this, &SpellingPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_language, &QComboBox::currentTextChanged, this, &SpellingPage::reload);

    // The newsletter's spelling language first.
    const int request = ++m_request;
    m_client->run(
        this,
        [](Store &store) {
            const auto set = NewsletterSettings(store).profile();
            return SpellChecker::dictionaryName(
                set ? resolveProfile(*set, ArchiveInference {}).spellLanguage : u"en"_s);
        },
        [this, request](const QString &dictionary) {
            if (request != m_request)
                return;
            if (m_language->findText(dictionary) < 0)
                m_language->addItem(dictionary);
            if (m_language->currentText() == dictionary)
                reload();
            else
                m_language->setCurrentText(dictionary); // reloads
        });
}

QString SpellingPage::dictionary() const
{
    return SpellChecker::dictionaryName(m_language->currentText());
}

QStringList SpellingPage::words() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void SpellingPage::reload()
{
    const int request = ++m_request;
    const QString dictionary = this->dictionary();
    m_client->run(
        this, [dictionary](Store &store) { return store.personalWords(dictionary); },
        [this, request, dictionary](Result<QStringList> words) {
            if (request != m_request)
                return;
            m_list->clear();
            if (!words) {
                m_status->setText(words.error().message);
            } else {
                m_list->addItems(*words);
                m_status->setText(
                    tr("%n word(s) in the personal dictionary (%1).", nullptr, int(words->size()))
                        .arg(dictionary));
            }
            emit wordsShown();
        });
}

void SpellingPage::addWord()
{
    const QString word = m_word->text().trimmed();
    if (word.isEmpty() || word.contains(u' '))
        return;
    m_word->clear();
    const QString dictionary = this->dictionary();
    m_client->run(
        this, [dictionary, word](Store &store) { return store.addPersonalWord(dictionary, word); },
        [this](Status s) { changed(s ? QString() : s.error().message); });
}

void SpellingPage::removeSelected()
{
    QStringList words;
    for (const QListWidgetItem *item : m_list->selectedItems())
        words << item->text();
    if (words.isEmpty())
        return;
    const QString dictionary = this->dictionary();
    m_client->run(
        this,
        [dictionary, words](Store &store) -> Status {
            for (const QString &w : words) {
                if (Status s = store.removePersonalWord(dictionary, w); !s)
                    return s;
            }
            return Done {};
        },
        [this](Status s) { changed(s ? QString() : s.error().message); });
}

// After a write: every open editor checks with the new words, and the list shows them.
void SpellingPage::changed(const QString &error)
{
    SettingsNotifier::instance()->notifyPersonalWordsChanged();
    reload();
    if (!error.isEmpty())
        m_status->setText(error);
}

} // namespace galley::gui
