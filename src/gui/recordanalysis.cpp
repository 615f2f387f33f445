#include "recordanalysis.h"

#include "agreementheatmap.h"

#include "blocs/clustering.h"
#include "blocs/rollcallvotes.h"
#include "storage/rollcallpositions.h"

namespace Rapporteur::Gui {

Result<RecordAnalysis> readRecordAnalysis(Storage::Database &db,
                                          const Storage::RollCallQuery &query,
                                          Blocs::AbstentionRule abstention)
{
    auto table = Storage::readRollCallPositions(db, query);
    if (!table)
        return table.error();
    RecordAnalysis out;
    out.rollCalls = table->rollCalls.size();
    const Blocs::AgreementOptions options{abstention, Blocs::NonVotingRule::Exclude};
    const Blocs::AgreementMatrix agreement =
        Blocs::agreementMatrix(Blocs::rollCallMatrix(*table), options);
    const Blocs::Dendrogram tree = Blocs::averageLinkage(agreement);
    out.agreement = agreement.reordered(tree.leafOrder);
    out.cells = AgreementHeatMap::cellImage(out.agreement);
    for (const QList<int> &bloc : tree.cut(kRecordBlocs))
        out.blocSizes.append(static_cast<int>(bloc.size()));
    out.map = Blocs::agreementMap(agreement);
    return out;
}

} // namespace Rapporteur::Gui
