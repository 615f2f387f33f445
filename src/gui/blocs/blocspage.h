#pragma once

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// A tab of the voting-blocs view (BlocsMatrixPage, BlocsGroupsPage, BlocsVotesPage): what a page
// asks of the view around it, which owns the tabs and the submissions beside them, and the one
// way a page's list of states answers a click.
class BlocsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocsPage)

public:
    explicit BlocsPage(QWidget *parent = nullptr);
    ~BlocsPage() override;

signals:
    // The page's tab must be brought to the front: the page is about to show what was asked of
    // it. Before it draws, so that its tables fit their columns to the rows they will show.
    void raiseRequested();
    // States whose submissions to list beside the pages, under title.
    void statesChosen(const QString &title, const QStringList &codes);
    // A state to show in its profile (double-clicked in a list).
    void entityRequested(const QString &code);

protected:
    // Answers a table of StatePositionModel rows: the current row's state has its submissions
    // listed, a double-clicked one its profile shown.
    void followStates(QTableView *table);
};

} // namespace Rapporteur::Gui
