#include "aboutdialog.h"

#include "importer/pdfreader.h"
#include "storage/database.h"
#include "text/icuversion.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Rapporteur::Gui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rapporteur"));

    auto *title = new QLabel(QStringLiteral("<h2>Rapporteur</h2>"), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setAccessibleName(tr("Program name"));
    auto *version = new QLabel(tr("Version %1").arg(applicationVersion()), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setAccessibleName(tr("Program version"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *description = new QLabel(
        tr("Reads United Nations documents in which member states state their positions and "
           "record their votes, and turns them into a corpus you can read, compare and query."),
        this);
    description->setObjectName(QStringLiteral("aboutDescription"));
    description->setAccessibleName(tr("What Rapporteur does"));
    description->setWordWrap(true);

    const auto versions = libraryVersions();
    auto *table = new QTableWidget(static_cast<int>(versions.size()), 2, this);
    table->setObjectName(QStringLiteral("versionsTable"));
    table->setAccessibleName(tr("Library versions"));
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version")});
    for (int row = 0; row < versions.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(versions[row].first));
        table->setItem(row, 1, new QTableWidgetItem(versions[row].second));
    }
    // Read-only but selectable, so that the versions can be copied into a bug report.
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(version);
    layout->addWidget(description);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::applicationVersion()
{
#ifdef RAPPORTEUR_VERSION
    return QStringLiteral(RAPPORTEUR_VERSION);
#else
    return QCoreApplication::applicationVersion();
#endif
}

QList<QPair<QString, QString>> AboutDialog::libraryVersions()
{
    // Library names are proper names, not translated.
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("ICU"), Text::icuVersion()},
        {QStringLiteral("SQLite"), Storage::sqliteVersion()},
        {QStringLiteral("Poppler"), Importer::popplerVersion()},
    };
}

} // namespace Rapporteur::Gui
