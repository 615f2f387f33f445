#include "recordanalysis.h"

#include "agreementheatmap.h"

#include "blocs/clustering.h"
#include "blocs/cohesion.h"
#include "blocs/groups.h"
#include "blocs/rollcallvotes.h"
#include "storage/rollcallpositions.h"

namespace Rapporteur::Gui {

Result<RecordAnalysis> readRecordAnalysis(Storage::Database &db,
                                          const Storage::RollCallQuery &query,
                                          const Blocs::AgreementOptions &options)
{
    auto table = Storage::readRollCallPositions(db, query);
    if (!table)
        return table.error();
    RecordAnalysis out;
    out.rollCalls = table->rollCalls.size();
    const Blocs::VoteMatrix matrix = Blocs::rollCallMatrix(*table);
    const Blocs::AgreementMatrix agreement = Blocs::agreementMatrix(matrix, options);
    const Blocs::Dendrogram tree = Blocs::averageLinkage(agreement);
    out.agreement = agreement.reordered(tree.leafOrder);
    out.cells = AgreementHeatMap::cellImage(out.agreement);
    for (const QList<int> &bloc : tree.cut(kRecordBlocs))
        out.blocSizes.append(static_cast<int>(bloc.size()));
    out.map = Blocs::agreementMap(agreement);
    for (const Blocs::Group &group : Blocs::GroupTable::builtIn().groups()) {
        GroupCohesionSummary summary;
        summary.group = group.shortName;
        for (const Blocs::GroupCohesion &c : Blocs::groupCohesion(matrix, group)) {
            if (!c.agreementIndex || !c.majorityShare)
                continue; // no member voted
            ++summary.rollCalls;
            summary.meanAgreementIndex += *c.agreementIndex;
            summary.meanMajorityShare += *c.majorityShare;
        }
        if (summary.rollCalls > 0) {
            summary.meanAgreementIndex /= summary.rollCalls;
            summary.meanMajorityShare /= summary.rollCalls;
        }
        out.cohesion.append(summary);
    }
    return out;
}

} // namespace Rapporteur::Gui
