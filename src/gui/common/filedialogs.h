#pragma once

#include <QFileDialog>
#include <QFileIconProvider>
#include <QString>
#include <QStringList>

namespace Rapporteur::Gui {

// Icons and type names from a file's name alone. Qt's own provider asks the MIME database for
// each file a dialog lists, which opens the file to look at its first bytes, and closing that
// descriptor drops every SQLite lock this process holds on it (common/databasefiles.h): a file
// dialog showing the folder of the open database would then let another process delete the
// database's write-ahead log under it. Directories and files are only ever stat()ed here.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;
};

// Every file dialog of the application, built the one way that never opens a listed file:
// Qt's own (not the platform's, whose code we cannot vouch for) with NameOnlyIconProvider.
// Each returns an absolute path, or nothing when the user cancelled.
class FileDialogs
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    static QStringList openFileNames(QWidget *parent, const QString &caption,
                                     const QString &directory, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter,
                                QFileDialog::Options options = QFileDialog::Options());

    // A dialog set up as above, for callers (and tests) that need the object itself.
    static QFileDialog *create(QWidget *parent, const QString &caption, const QString &directory,
                               const QString &filter);
};

} // namespace Rapporteur::Gui
