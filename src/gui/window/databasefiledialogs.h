#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The file dialogs of File ▸ Open Database… and File ▸ New Database…. Both return an absolute
// path, or an empty string when the user cancelled; opening (and, for a new file, creating) is
// then MainWindow::openDatabase's job, since Database::open creates a missing file.

// An existing database to open. startPath: the database on show, or a folder.
QString askDatabaseToOpen(QWidget *parent, const QString &startPath);

// Where to create a new, empty database. Never an existing file: opening it would not give a new
// database, and replacing it would throw a corpus away, so the user is told and asked again.
QString askNewDatabase(QWidget *parent, const QString &startPath);

// The chosen name with ".sqlite" added when it has no suffix, as the open dialog's filter expects.
QString withDatabaseSuffix(const QString &path);

} // namespace Rapporteur::Gui
