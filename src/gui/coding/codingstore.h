#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Gui {

// A code or a coding named by its guid, which survives deleting and undoing (a code deleted and
// brought back gets a new id, not a new guid), with the id it had when last seen.
struct CodeRef
{
    QString guid;
    qint64 id = 0;
};

struct CodingRef
{
    QString guid;
    qint64 id = 0;
    CodeRef code; // where to look for it when its id has changed
};

// The GUI thread's own connection to the database, for the coding edits a user makes: each is a
// small write of a few rows (well under a frame's time), so it runs here and the undo stack can
// rely on it having happened. Reads of whole documents or the codebook stay in the background
// (codingloader.h). Also holds the coder recorded on new codings, and tells the views what an
// edit changed.
class CodingStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingStore)

public:
    enum Change
    {
        Codebook = 0x1, // codes: names, colours, the tree, counts
        Codings = 0x2,  // codings: added, removed, their memos
        Memos = 0x4,    // memos on codes, submissions and documents
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit CodingStore(QObject *parent = nullptr);
    ~CodingStore() override;

    // Opens a connection to the database (the previous one closes).
    Status open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString databasePath() const { return m_path; }
    // The connection; only while isOpen().
    Storage::Database &database() { return *m_db; }

    // The name recorded on new codings.
    QString coder() const { return m_coder; }
    void setCoder(const QString &coder) { m_coder = coder.trimmed(); }

    // The current id of a code or coding, looked up by guid when the id it had is gone or has
    // been given to another; NotFound when it no longer exists.
    Result<qint64> codeId(const CodeRef &ref);
    Result<qint64> codingId(const CodingRef &ref);
    Result<CodeRef> codeRef(qint64 id);
    Result<CodingRef> codingRef(qint64 id);

    // Before a write: when the process has lost SQLite's locks on the file (Database::
    // holdsItsLocks), tells every holder of a connection to let go of it (connectionLost, handled
    // at once on this thread), then opens the store's connection anew. An error when the
    // database cannot be opened again.
    Status ensureConnected();

    // Tells the views what an edit changed; reports a failed one to the user.
    void announce(Changes what);
    void report(const Error &error);

signals:
    void changed(Rapporteur::Gui::CodingStore::Changes what);
    void failed(const QString &message);
    // The process lost its locks on the database: every other connection to it must be closed
    // (and background reads finished) before the store opens its own again. Emitted on the GUI
    // thread; receivers must act before returning.
    void connectionLost();

private:
    Status needOpen();
    static Error notOpen();

    std::unique_ptr<Storage::Database> m_db;
    QString m_path;
    QString m_coder;
};

} // namespace Rapporteur::Gui

Q_DECLARE_OPERATORS_FOR_FLAGS(Rapporteur::Gui::CodingStore::Changes)
