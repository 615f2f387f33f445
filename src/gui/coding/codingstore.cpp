#include "codingstore.h"

#include "gui/common/guilogging.h"

#include "storage/codebookrepository.h"
#include "storage/codingrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace Rapporteur::Gui {

namespace {

Error gone(const QString &what)
{
    return Error{ErrorCode::NotFound, what, {}};
}

} // namespace

CodingStore::CodingStore(QObject *parent) : QObject(parent) {}

CodingStore::~CodingStore() = default;

Status CodingStore::open(const QString &path)
{
    close();
    auto db = Storage::Database::open(path);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_path = path;
    return success();
}

void CodingStore::close()
{
    m_db.reset();
    m_path.clear();
}

Status CodingStore::ensureConnected()
{
    if (!m_db)
        return notOpen();
    if (m_db->holdsItsLocks())
        return success();
    qCWarning(lcGui) << "the locks on" << m_path << "were lost; reopening every connection";
    const QString path = m_path;
    m_db.reset();
    emit connectionLost();
    auto db = Storage::Database::open(path);
    if (!db) {
        m_path.clear();
        return db.error();
    }
    m_db = std::move(db).value();
    if (!m_db->holdsItsLocks()) {
        // Another connection of this process (an import still running) keeps the old index
        // alive; writing now would go where no other program looks.
        return Error{ErrorCode::Database,
                     QCoreApplication::translate(
                         "Rapporteur::Gui::CodingStore",
                         "The database was changed under this window and cannot be written until "
                         "the import under way has ended. Try again then."),
                     {}};
    }
    return success();
}

Error CodingStore::notOpen()
{
    return Error{
        ErrorCode::NotFound,
        QCoreApplication::translate("Rapporteur::Gui::CodingStore", "No database is open."),
        {}};
}

Status CodingStore::needOpen()
{
    // Every use, the reads before an edit too: a read on a connection whose index another
    // process deleted sees a database that is no longer there.
    return ensureConnected();
}

Result<qint64> CodingStore::codeId(const CodeRef &ref)
{
    if (auto open = needOpen(); !open)
        return open.error();
    Storage::CodebookRepository codebook(*m_db);
    auto byId = codebook.code(ref.id);
    if (!byId)
        return byId.error();
    if (byId->has_value() && (*byId)->guid == ref.guid)
        return ref.id;
    auto codes = codebook.codes();
    if (!codes)
        return codes.error();
    for (const auto &code : *codes) {
        if (code.guid == ref.guid)
            return code.id;
    }
    return gone(QCoreApplication::translate("Rapporteur::Gui::CodingStore",
                                            "The code is no longer in the codebook."));
}

Result<qint64> CodingStore::codingId(const CodingRef &ref)
{
    if (auto open = needOpen(); !open)
        return open.error();
    Storage::CodingRepository codings(*m_db);
    auto byId = codings.coding(ref.id);
    if (!byId)
        return byId.error();
    if (byId->has_value() && (*byId)->guid == ref.guid)
        return ref.id;
    // Brought back under a new id: among its code's codings.
    auto code = codeId(ref.code);
    if (code) {
        Storage::CodingFilter filter;
        filter.codeId = *code;
        auto all = codings.codings(filter);
        if (!all)
            return all.error();
        for (const auto &coding : *all) {
            if (coding.guid == ref.guid)
                return coding.id;
        }
    }
    return gone(QCoreApplication::translate("Rapporteur::Gui::CodingStore",
                                            "The coding no longer exists."));
}

Result<CodeRef> CodingStore::codeRef(qint64 id)
{
    if (auto open = needOpen(); !open)
        return open.error();
    auto code = Storage::CodebookRepository(*m_db).code(id);
    if (!code)
        return code.error();
    if (!code->has_value())
        return gone(QCoreApplication::translate("Rapporteur::Gui::CodingStore",
                                                "The code is no longer in the codebook."));
    return CodeRef{(*code)->guid, id};
}

Result<CodingRef> CodingStore::codingRef(qint64 id)
{
    if (auto open = needOpen(); !open)
        return open.error();
    auto coding = Storage::CodingRepository(*m_db).coding(id);
    if (!coding)
        return coding.error();
    if (!coding->has_value())
        return gone(QCoreApplication::translate("Rapporteur::Gui::CodingStore",
                                                "The coding no longer exists."));
    auto code = codeRef((*coding)->codeId);
    if (!code)
        return code.error();
    return CodingRef{(*coding)->guid, id, *code};
}

void CodingStore::announce(Changes what)
{
    emit changed(what);
}

void CodingStore::report(const Error &error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcGui) << error.userMessage << error.detail;
    emit failed(error.userMessage);
}

} // namespace Rapporteur::Gui
