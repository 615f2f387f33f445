#pragma once

#include "gui/common/latestread.h"

#include "storage/rollcallrecords.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Rapporteur::Gui {

// Reads, off the GUI thread, the General Assembly's plenary roll calls on a draft
// (Analysis::plenaryVotesOn): what a committee vote on that draft led to. A request supersedes
// any earlier one.
class PlenaryChainLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlenaryChainLoader)

public:
    explicit PlenaryChainLoader(QObject *parent = nullptr);
    ~PlenaryChainLoader() override;

    void load(const QString &databasePath, const QString &draft);

signals:
    // Empty when the record holds no roll call on the draft (or none is imported).
    void loaded(const QString &draft, const QList<Rapporteur::Storage::RollCall> &rollCalls);
    void failed(const QString &draft, const QString &message);

private:
    LatestRead m_read{this};
};

// One line for a roll call of the chain: "A/RES/79/80, 2024-12-02: 3 in favour, …".
QString plenaryChainLine(const Storage::RollCall &rollCall);

} // namespace Rapporteur::Gui
