#include "databasefiledialogs.h"

#include "gui/common/filedialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace Rapporteur::Gui {

// Free functions have no tr(); this gives them one, under a context of their own in Linguist.
class DatabaseFileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(Rapporteur::Gui::DatabaseFileDialogs)
};

namespace {

QString filter()
{
    return DatabaseFileDialogs::tr("Rapporteur databases (*.sqlite *.db);;All files (*)");
}

} // namespace

QString askDatabaseToOpen(QWidget *parent, const QString &startPath)
{
    const QString path = FileDialogs::openFileName(parent, DatabaseFileDialogs::tr("Open Database"),
                                                   startPath, filter());
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

QString askNewDatabase(QWidget *parent, const QString &startPath)
{
    QString start = startPath;
    for (;;) {
        // Our own question replaces the dialog's "replace it?", whose yes would lose a corpus.
        const QString chosen =
            FileDialogs::saveFileName(parent, DatabaseFileDialogs::tr("New Database"), start,
                                      filter(), QFileDialog::DontConfirmOverwrite);
        if (chosen.isEmpty())
            return {};
        const QString path = QFileInfo(withDatabaseSuffix(chosen)).absoluteFilePath();
        if (!QFileInfo::exists(path))
            return path;
        QMessageBox::information(
            parent, DatabaseFileDialogs::tr("New Database"),
            DatabaseFileDialogs::tr(
                "%1 already exists. Choose another name, or open it with Open Database.")
                .arg(QDir::toNativeSeparators(path)));
        start = path;
    }
}

QString withDatabaseSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".sqlite") : path;
}

} // namespace Rapporteur::Gui
