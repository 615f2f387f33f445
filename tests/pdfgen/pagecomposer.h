#pragma once

#include <QFont>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace Rapporteur::PdfGen {

// Device units per inch of the generated PDF: ten per point, so that glyph positions are not
// rounded to whole points.
constexpr int kDeviceDpi = 720;

enum class BlockStyle
{
    Title,
    Heading,
    Body,
    ListItem,
};

struct NoteRef
{
    qsizetype offset = 0; // of the marker in the block's text
    QString marker;
    QString text;
};

struct LinkRef
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString target;
};

// One paragraph to print.
struct TextBlock
{
    BlockStyle style = BlockStyle::Body;
    QString text; // with the footnote markers in it
    QList<NoteRef> notes;
    QList<LinkRef> links;
};

// What page 1 carries above the text and every page around it.
struct Masthead
{
    QString symbol;
    QString organ;
    QString date;             // "2022年6月10日", or empty
    QString originalLanguage; // "原件：英文", or empty
    QString jobNumber;        // "22-09134", or empty
};

struct PlacedLine
{
    int layout = 0; // index into the composer's layouts
    int line = 0;
    double y = 0; // top of the line on the page, in device units
};

struct ComposedPage
{
    QList<PlacedLine> lines;
    QList<int> notes; // layouts of the footnotes, in order
    double notesHeight = 0;
};

// Breaks blocks into lines and lines into A4 pages, keeping each footnote on the page of its
// marker, then paints a page with its masthead or running header and footer.
class PageComposer
{
public:
    explicit PageComposer(QPaintDevice &device);
    ~PageComposer();

    QList<ComposedPage> compose(const QList<TextBlock> &blocks);
    void paint(QPainter &painter, const ComposedPage &page, int number, int count,
               const Masthead &masthead) const;

private:
    QTextLayout &layOut(const QString &text, const QFont &font, double width, double indent,
                        bool centred, const QList<NoteRef> &notes, const QList<LinkRef> &links);
    QFont font(double points, bool bold = false) const;
    double units(double points) const;
    void paintFurniture(QPainter &painter, int number, int count, const Masthead &masthead) const;

    QPaintDevice &m_device;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
};

} // namespace Rapporteur::PdfGen
