#include "blocspage.h"

#include "blocsdata.h"
#include "statepositionmodel.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace Rapporteur::Gui {

BlocsPage::BlocsPage(QWidget *parent) : QWidget(parent) {}

BlocsPage::~BlocsPage() = default;

void BlocsPage::followStates(QTableView *table)
{
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString code = current.data(StatePositionModel::CodeRole).toString();
                emit statesChosen(stateTitle(code), {code});
            });
    connect(table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit entityRequested(index.data(StatePositionModel::CodeRole).toString());
    });
}

} // namespace Rapporteur::Gui
