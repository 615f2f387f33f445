#pragma once

#include "blocsdata.h"
#include "blocspage.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QScrollArea;
class QSlider;
class QTableView;
class QTreeView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class AdaptiveSplitter;
class AgreementHeatMap;
class BlocChoicePanel;
class BlocTreeModel;
class DendrogramView;
class PairVotesModel;

// The "Matrix and blocs" tab of the voting blocs: the agreement heat map in cluster order with
// the dendrogram beside it (same rows, scrolled together, zoomed by the slider or Ctrl + wheel),
// the cut into the panel's k blocs with their members, and a clicked cell's two states' votes
// side by side. It draws the view's analysis (shown) under the choices on the left (choices:
// the options a pair's agreement is computed with, and k).
class BlocsMatrixPage final : public BlocsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocsMatrixPage)

public:
    BlocsMatrixPage(const BlocsShown &shown, const BlocChoicePanel &choices,
                    QWidget *parent = nullptr);
    ~BlocsMatrixPage() override;

    // Draws a new analysis: its matrix in cluster order and the cells' image, both computed off
    // the GUI thread. The pair compared before stays compared while both states are in it.
    void showAnalysis(const Blocs::AgreementMatrix &ordered, const QImage &cells);
    // Cuts the tree into the panel's k blocs.
    void showCut();
    // Shows two states' votes side by side, as clicking their cell does; false when either is
    // not in the map.
    bool showPair(const QString &first, const QString &second);
    // Chooses a bloc (from 0) in the list, as clicking it in the dendrogram does.
    bool showBloc(int bloc);
    QList<QStringList> blocs() const; // the cut, as the bloc list shows it

    // The width from which the map and the lists stand side by side; narrower, the lists go
    // under the map.
    int wideWidth() const;
    // The lists' width side by side with the map: whole names and their codes.
    int sideWidth() const;
    // The cells' size, for the view to place in its bar.
    QSlider *zoomSlider() const { return m_zoom; }

    AgreementHeatMap *heatMap() const { return m_heatMap; }
    DendrogramView *dendrogram() const { return m_dendrogram; }
    BlocTreeModel *blocModel() const { return m_blocModel; }
    PairVotesModel *pairModel() const { return m_pairModel; }

private:
    int nameColumnWidth() const;
    void layoutMatrix();
    void blocChosen(const QModelIndex &current);

    const BlocsShown &m_shown;
    const BlocChoicePanel &m_choices;
    AdaptiveSplitter *m_splitter;
    QSlider *m_zoom;
    QScrollArea *m_scroll;
    AgreementHeatMap *m_heatMap;
    DendrogramView *m_dendrogram;
    BlocTreeModel *m_blocModel;
    QTreeView *m_blocTree;
    QLabel *m_pairTitle;
    PairVotesModel *m_pairModel;
    QTableView *m_pairTable;
};

} // namespace Rapporteur::Gui
