#include "settings/storepage.h"

#include "editorname.h"
#include "settings/keyringwrite.h"
#include "store/store.h"
#include "store/storelocation.h"
#include "store/storepassword.h"
#include "storepreference.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
QLabel *noteLabel(QWidget *parent, const QString &name, bool problem)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    if (problem)
        label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    return label;
}
} // namespace

StorePage::StorePage(QWidget *parent)
    : QWidget(parent)
    , m_location(new QLineEdit(this))
    , m_locationProblem(noteLabel(this, u"storeLocationProblem"_s, true))
    , m_override(noteLabel(this, u"storeOverride"_s, false))
    , m_password(new QLineEdit(this))
    , m_account(noteLabel(this, u"storeAccount"_s, false))
    , m_name(new QLineEdit(this))
{
    setObjectName(u"storePage"_s);
    m_location->setObjectName(u"storeLocationEdit"_s);
    m_location->setPlaceholderText(Store::defaultPath());
    m_location->setText(storeLocationSetting());
    m_location->setToolTip(tr("A store file, or a team's PostgreSQL store: "
                              "postgresql://user@host:port/database?schema=name"));
    m_password->setObjectName(u"storePasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setToolTip(tr("Saved in the desktop's keyring, never in Galley's files. Used "
                              "when ~/.pgpass and PGPASSWORD give none."));
    m_name->setObjectName(u"storeEditorNameEdit"_s);
    // Unset, teammates see the PostgreSQL user the store's address logs in as (PgEngine).
    const auto where = StoreLocation::parse(m_location->text().trimmed());
    m_name->setPlaceholderText(where && where->isPostgres() ? where->effectiveUser()
                                                            : systemUserName());
    m_name->setText(configuredEditorName());

    auto *form = new QFormLayout(this);
    auto *next = new QLabel(tr("Galley opens the store named here at its next start; empty: "
                               "the store in your data folder."),
                            this);
    next->setWordWrap(true);
    form->addRow(next);
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(m_location);
    boxLayout->addWidget(m_locationProblem);
    boxLayout->addWidget(m_override);
    form->addRow(tr("&Location:"), box);
    auto *passwordBox = new QWidget(this);
    auto *passwordLayout = new QVBoxLayout(passwordBox);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->setSpacing(2);
    passwordLayout->addWidget(m_password);
    passwordLayout->addWidget(m_account);
    form->addRow(tr("PostgreSQL &password:"), passwordBox);
    form->addRow(tr("Your &name for the team:"), m_name);

    const StoreChoice choice = chooseStore(dbArgument(QCoreApplication::arguments()));
    if (choice.source == StoreChoice::CommandLine || choice.source == StoreChoice::Environment) {
        m_override->setText(
            (choice.source == StoreChoice::CommandLine
                 ? tr("Galley was started with --db %1, which comes before this setting.")
                 : tr("The GALLEY_DB environment variable names %1, which comes before this "
                      "setting."))
                .arg(choice.value));
        m_override->show();
    }
    connect(m_location, &QLineEdit::textChanged, this, &StorePage::updateForLocation);
    updateForLocation();
}

void StorePage::updateForLocation()
{
    const QString text = m_location->text().trimmed();
    const auto where = StoreLocation::parse(text);
    const QString problem = text.isEmpty() || where ? QString() : where.error().message;
    m_locationProblem->setText(problem);
    m_locationProblem->setVisible(!problem.isEmpty());
    const bool postgres = where && where->isPostgres();
    m_password->setEnabled(postgres);
    m_account->setText(postgres ? tr("Kept in the keyring for %1.").arg(where->serverAccount())
                                : tr("Only a PostgreSQL store asks for a password."));
    m_account->setVisible(true);
}

QString StorePage::problem() const
{
    return m_locationProblem->text();
}

QWidget *StorePage::problemField() const
{
    return m_location;
}

void StorePage::save()
{
    if (!problem().isEmpty())
        return;
    setStoreLocationSetting(m_location->text());
    setEditorName(m_name->text());
    const QString password = m_password->text();
    const auto where = StoreLocation::parse(m_location->text().trimmed());
    if (password.isEmpty() || !where || !where->isPostgres())
        return;
    m_password->clear();
    writeToKeyring(
        this, [where = *where, password] { return StorePassword::write(where, password); },
        [this](const QString &answer) { emit keyringAnswered(answer); });
}

} // namespace galley::gui
