#pragma once

#include "common/entity.h"
#include "gui/common/corpussession.h"
#include "storage/voterecords.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class PlenaryChainLoader;
class VoteProxyModel;
class VoteTotalsChart;
class VoteTableModel;

// The recorded votes of the corpus: a chooser, the stated and counted totals, the plenary vote
// the shown vote's draft led to (from the voting record, when imported), a filter by position,
// and the table of every member state (sortable by clicking a column: names in the interface's
// language, English in the UN's order or Chinese in pinyin order; code; position).
class VotePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VotePanel)

public:
    explicit VotePanel(const CorpusSession &session, QWidget *parent = nullptr);
    ~VotePanel() override;

    void setVotes(const QList<Storage::VoteRecord> &votes, const QList<Entity> &entities);
    // Shows the vote with this label ("(c)") of a document; false when there is none.
    bool showVote(const QString &document, const QString &label);

    VoteTableModel *model() const { return m_model; }
    const QList<Storage::VoteRecord> &votes() const { return m_votes; }
    VoteProxyModel *proxy() const { return m_proxy; }
    VoteTotalsChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QString totalsText() const;
    // The delegations that said they meant to vote otherwise; empty when none did.
    QString intendedText() const;
    // The plenary roll calls on the shown vote's draft, once read: the chain from committee to
    // plenary (empty when there are none).
    QString plenaryText() const;

signals:
    void plenaryShown();
    void entityActivated(const QString &code);

private:
    void sessionChanged(CorpusSession::Changes what);
    void showIndex(int index);
    // Reads the plenary roll calls on the shown vote's draft (plenaryShown once on show).
    void loadPlenaryChain();
    void applyFilter();

    const CorpusSession &m_session;
    QList<Storage::VoteRecord> m_votes;
    QList<Entity> m_entities;
    QComboBox *m_chooser;
    QComboBox *m_filter;
    QLabel *m_totals;
    QLabel *m_subject;
    QLabel *m_intended;
    QLabel *m_plenary;
    PlenaryChainLoader *m_chain;
    QTableView *m_table;
    VoteTableModel *m_model;
    VoteProxyModel *m_proxy;
    VoteTotalsChart *m_chart;
};

} // namespace Rapporteur::Gui
