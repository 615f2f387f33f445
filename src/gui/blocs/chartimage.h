#pragma once

#include <QImage>
#include <QSize>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The chart of a view as an image for export: as it is on screen when it is shown at a size fit
// to read, otherwise (on a tab not on show, or squeezed) drawn at least at minimum, so that an
// export does not depend on which page the user is looking at.
QImage chartImage(QChartView *view, QSize minimum = QSize(900, 500));

} // namespace Rapporteur::Gui
