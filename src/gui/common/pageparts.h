#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The parts the analysis pages (voting blocs, coding analysis, the codebook) are built of, set
// up in one place so that every list of records reads and behaves alike.

// Sets a table up for reading records: nothing editable, one whole row chosen at a time, no row
// numbers, rows one line of text high, the last column running to the edge.
void setUpRecordTable(QTableView &view);
// A new table so set up, named for tests and screen readers, showing model (when given).
QTableView *recordTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                        QAbstractItemModel *model = nullptr);
// A label for a title or a summary over a table: it wraps, and its text can be selected to copy.
QLabel *selectableLabel(QWidget *parent, const QString &objectName);
// A title over a table (or any widget), edge to edge, as one pane of a splitter; the body takes
// the height.
QWidget *titledPane(QWidget *parent, QWidget *title, QWidget *body);

} // namespace Rapporteur::Gui
