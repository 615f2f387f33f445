#include "codingservice.h"

#include "anchoring.h"

#include "storage/codebookrepository.h"
#include "storage/codingrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSettings>

namespace Rapporteur::Coding {

using namespace Storage;

QString defaultCoder()
{
    if (const QString value = qEnvironmentVariable("RAPPORTEUR_CODER").trimmed(); !value.isEmpty())
        return value;
    const QSettings settings(QStringLiteral("rapporteur"), QStringLiteral("rapporteur"));
    if (const QString value = settings.value(QLatin1String(kCoderSettingsKey)).toString().trimmed();
        !value.isEmpty())
        return value;
    for (const char *variable : {"USER", "USERNAME"}) {
        if (const QString value = qEnvironmentVariable(variable).trimmed(); !value.isEmpty())
            return value;
    }
    return {};
}

Result<qint64> addCoding(Database &db, const CodingRequest &request)
{
    const auto invalid = [](const QString &message) {
        return Error{ErrorCode::InvalidInput, message, {}};
    };
    const QStringList path = splitCodePath(request.codePath);
    if (path.isEmpty())
        return invalid(
            QStringLiteral("“%1” is not a code path (names joined by “/”)").arg(request.codePath));
    if (request.coder.trimmed().isEmpty())
        return invalid(QStringLiteral("a coding needs a coder"));

    CodingRepository codings(db);
    auto paragraph = codings.paragraph(request.paragraphId);
    if (!paragraph)
        return paragraph.error();
    if (!paragraph->has_value())
        return Error{ErrorCode::NotFound,
                     QStringLiteral("there is no paragraph %1").arg(request.paragraphId),
                     {}};
    const int length = codePointLength((*paragraph)->text);
    if (request.start < 0 || request.end <= request.start || request.end > length) {
        return invalid(QStringLiteral("the span %1–%2 is not within paragraph %3, which has %4 "
                                      "characters (start < end, in code points)")
                           .arg(request.start)
                           .arg(request.end)
                           .arg(request.paragraphId)
                           .arg(length));
    }

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto codeId = CodebookRepository(db).ensurePath(path);
    if (!codeId)
        return codeId.error();
    NewCoding coding;
    coding.codeId = *codeId;
    coding.anchor = anchorAt(**paragraph, request.start, request.end);
    coding.coder = request.coder.trimmed();
    coding.memo = request.memo;
    auto id = codings.add(coding);
    if (!id)
        return id.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return *id;
}

Result<QList<CodingRecord>> readCodings(Database &db, const CodingQuery &query)
{
    CodebookRepository codebook(db);
    auto codes = codebook.codes();
    if (!codes)
        return codes.error();
    CodingFilter filter;
    filter.coder = query.coder;
    if (!query.codePath.isEmpty()) {
        auto found = codebook.find(splitCodePath(query.codePath));
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{ErrorCode::NotFound,
                         QStringLiteral("there is no code “%1”").arg(query.codePath),
                         {}};
        filter.codeId = **found;
    }
    auto records = CodingRepository(db).codings(filter);
    if (!records)
        return records.error();
    QHash<qint64, QString> paths;
    for (const CodeRecord &c : std::as_const(*codes))
        paths.insert(c.id, c.path);
    for (CodingRecord &r : *records)
        r.codePath = paths.value(r.codeId);
    return records;
}

} // namespace Rapporteur::Coding
