#pragma once

#include "storage/records.h"
#include "storage/voterecords.h"

#include <QFlags>
#include <QList>
#include <QObject>
#include <QString>

namespace Rapporteur::Gui {

// The database the window has open, as every view sees it: one object per window, given to each
// view. It says where the database is, holds what the window read of it that many views list
// (its documents, their submissions, their recorded votes), and says with one signal what
// changed; a view keeps no path or corpus of its own and reloads what a change concerns, not the
// world. The views read on workers with connections of their own (backgroundread.h), newest
// request winning (latestread.h).
class CorpusSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusSession)

public:
    enum class Change
    {
        Database = 0x1,     // another database is open: everything shown is of the old one
        Documents = 0x2,    // documents imported, replaced, renamed or deleted, or read again
        Codings = 0x4,      // codes, codings or memos
        VotingRecord = 0x8, // the General Assembly's roll calls
        // The program lost its locks on the file (another program replaced or rewrote it): a
        // view lets go of any connection it keeps open, and starts no read until the corpus is
        // read again (a new connection now would share the old, dead index of the log).
        Connections = 0x10,
        Votes = 0x20, // the documents' recorded votes, read after the documents themselves
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    explicit CorpusSession(QObject *parent = nullptr);

    // The open database's file; empty when none is open.
    QString path() const { return m_path; }
    bool isOpen() const { return !m_path.isEmpty(); }

    // The database at path is on show now, with these documents and submissions: Database when
    // it is another file (its votes are then not read yet), Documents when it is the same one
    // read again (a reload, an import, or another program's writing).
    void open(const QString &path, QList<Storage::DocumentRecord> documents = {},
              QList<Storage::SubmissionRecord> submissions = {});
    // The open database's recorded votes, read after its documents: Votes.
    void setVotes(QList<Storage::VoteRecord> votes);
    // Something changed in the open database.
    void notify(Changes what);

    const QList<Storage::DocumentRecord> &documents() const { return m_documents; }
    const QList<Storage::SubmissionRecord> &submissions() const { return m_submissions; }
    const QList<Storage::VoteRecord> &votes() const { return m_votes; }
    // The symbols of the documents, each once, in the order of documents().
    QStringList documentSymbols() const;

signals:
    void changed(Rapporteur::Gui::CorpusSession::Changes what);

private:
    QString m_path;
    QList<Storage::DocumentRecord> m_documents;
    QList<Storage::SubmissionRecord> m_submissions;
    QList<Storage::VoteRecord> m_votes;
};

} // namespace Rapporteur::Gui

Q_DECLARE_OPERATORS_FOR_FLAGS(Rapporteur::Gui::CorpusSession::Changes)
