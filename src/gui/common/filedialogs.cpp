#include "filedialogs.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QPointer>

namespace Rapporteur::Gui {

namespace {

QMimeType mimeFromName(const QFileInfo &info)
{
    static const QMimeDatabase database;
    return database.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
}

NameOnlyIconProvider &iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

QStringList run(QFileDialog *dialog)
{
    QPointer<QFileDialog> guard(dialog);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!guard) // the parent went away while the dialog was open
        return {};
    QStringList chosen;
    if (accepted) {
        for (const QString &path : dialog->selectedFiles())
            chosen.append(QFileInfo(path).absoluteFilePath());
    }
    delete dialog;
    return chosen;
}

} // namespace

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return icon(QAbstractFileIconProvider::Folder);
    const QMimeType mime = mimeFromName(info);
    return QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(),
                                                             icon(QAbstractFileIconProvider::File)));
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QFileIconProvider::type(info); // "Folder": from stat(), never opened
    const QMimeType mime = mimeFromName(info);
    return mime.comment().isEmpty() ? mime.name() : mime.comment();
}

QFileDialog *FileDialogs::create(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter)
{
    auto *dialog = new QFileDialog(parent, caption, directory, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(&iconProvider());
    return dialog;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption,
                                  const QString &directory, const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, directory, filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    const QStringList chosen = run(dialog);
    return chosen.isEmpty() ? QString() : chosen.first();
}

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &caption,
                                       const QString &directory, const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, directory, filter);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    return run(dialog);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption,
                                  const QString &suggested, const QString &filter,
                                  QFileDialog::Options options)
{
    QFileDialog *dialog = create(parent, caption, suggested, filter);
    dialog->setOptions(dialog->options() | options);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QStringList chosen = run(dialog);
    return chosen.isEmpty() ? QString() : chosen.first();
}

} // namespace Rapporteur::Gui
