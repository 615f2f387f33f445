#pragma once

#include "storage/records.h"
#include "workflow/importrequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Rapporteur::Cli {

// The JSON shapes of the command-line contract. Field names are part of the contract: add, never
// rename.
QJsonObject documentJson(const Storage::DocumentRecord &d);
QJsonObject submissionJson(const Storage::SubmissionRecord &s);
QJsonObject paragraphJson(const Storage::ParagraphRecord &p);
QJsonObject importSummaryJson(const Workflow::ImportSummary &s);
// An import's warnings as the CLI gives them: the document's, then where orphaned codings are
// listed.
QStringList importWarnings(const Workflow::ImportSummary &s);

} // namespace Rapporteur::Cli
