#pragma once

#include <QFlags>
#include <QObject>
#include <QString>

namespace Rapporteur::Gui {

// The database the window has open, as every view sees it: one object per window, given to each
// view. It says where the database is and, with one signal, what changed in it; a view keeps no
// path of its own and reloads what a change concerns, not the world. The views read on workers
// with connections of their own (backgroundread.h), newest request winning (latestread.h).
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
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    explicit CorpusSession(QObject *parent = nullptr);

    // The open database's file; empty when none is open.
    QString path() const { return m_path; }
    bool isOpen() const { return !m_path.isEmpty(); }

    // The database at path is on show now: Database when it is another file, Documents when it
    // is the same one read again (a reload, after another program wrote to it).
    void open(const QString &path);
    // Something changed in the open database.
    void notify(Changes what);

signals:
    void changed(Rapporteur::Gui::CorpusSession::Changes what);

private:
    QString m_path;
};

} // namespace Rapporteur::Gui

Q_DECLARE_OPERATORS_FOR_FLAGS(Rapporteur::Gui::CorpusSession::Changes)
