#pragma once

#include "blocs/pairagreement.h"
#include "storage/voterecords.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QListWidget;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// What the voting-blocs analysis runs over: which recorded votes (a checkable list of every vote
// of the corpus, labelled with its document and label, dropped down from a button that counts
// the chosen ones), what an abstention and not voting count for, and how many blocs the tree is
// cut into. A bar over the analysis: each choice a labelled group, the groups flowing onto a
// second row when the view is narrow, every control as wide as its longest text.
class FlowLayout;

class BlocChoicePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocChoicePanel)

public:
    static constexpr int kDefaultBlocCount = 3;

    explicit BlocChoicePanel(QWidget *parent = nullptr);
    ~BlocChoicePanel() override;

    // Lists the votes, every one chosen.
    void setVotes(const QList<Storage::VoteRecord> &votes);
    QList<qint64> chosenVoteIds() const;
    void setChosenVoteIds(const QList<qint64> &ids);

    Blocs::AgreementOptions options() const;
    void setOptions(const Blocs::AgreementOptions &options);

    int blocCount() const;
    void setBlocCount(int k);
    // The most blocs there can be: one per state.
    void setStateCount(int states);

signals:
    // The votes or the options changed: the analysis must run again.
    void choiceChanged();
    // Only the cut changed.
    void blocCountChanged(int k);

private:
    void addGroup(const QString &label, QWidget *control);
    void setAllChecked(bool checked);
    void updateCount();

    QListWidget *m_votes; // in the button's drop-down
    QPushButton *m_voteCount;
    FlowLayout *m_flow;
    QComboBox *m_abstention;
    QComboBox *m_nonVoting;
    QSpinBox *m_k;
};

} // namespace Rapporteur::Gui
