#include "ui/help/redactioncanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace okpay {

RedactionCanvas::RedactionCanvas(const QImage &image, QWidget *parent)
    : QWidget(parent), m_image(image.convertToFormat(QImage::Format_RGB32))
{
    setObjectName(QStringLiteral("redactionCanvas"));
    setAccessibleName(tr("Screenshot preview: drag to black out a part"));
    setCursor(Qt::CrossCursor);
    setMinimumSize(320, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize RedactionCanvas::sizeHint() const
{
    return m_image.size().scaled(900, 560, Qt::KeepAspectRatio);
}

QRect RedactionCanvas::imageArea() const
{
    if (m_image.isNull())
        return {};
    const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

QPoint RedactionCanvas::toImage(const QPoint &p) const
{
    const QRect area = imageArea();
    if (area.isEmpty())
        return {};
    const int x = qBound(0, int(qint64(p.x() - area.left()) * m_image.width() / area.width()), m_image.width());
    const int y = qBound(0, int(qint64(p.y() - area.top()) * m_image.height() / area.height()), m_image.height());
    return {x, y};
}

QRect RedactionCanvas::toWidget(const QRect &r) const
{
    const QRect area = imageArea();
    if (m_image.isNull())
        return {};
    const double sx = double(area.width()) / m_image.width();
    const double sy = double(area.height()) / m_image.height();
    return QRectF(area.left() + r.left() * sx, area.top() + r.top() * sy, r.width() * sx, r.height() * sy).toAlignedRect();
}

void RedactionCanvas::addBox(const QRect &imageRect)
{
    const QRect box = imageRect.normalized() & m_image.rect();
    if (box.width() < 2 || box.height() < 2)
        return;  // a click, not a drag
    m_boxes.append(box);
    update();
    emit boxesChanged(int(m_boxes.size()));
}

void RedactionCanvas::undo()
{
    if (m_boxes.isEmpty())
        return;
    m_boxes.removeLast();
    update();
    emit boxesChanged(int(m_boxes.size()));
}

QImage RedactionCanvas::redacted() const
{
    QImage out = m_image;
    QPainter painter(&out);
    for (const QRect &box : m_boxes)
        painter.fillRect(box, Qt::black);
    return out;
}

void RedactionCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.drawImage(imageArea(), m_image);
    for (const QRect &box : m_boxes)
        painter.fillRect(toWidget(box), Qt::black);
    if (m_drag && !m_dragging.isEmpty()) {
        painter.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
        painter.setBrush(QColor(0, 0, 0, 120));
        painter.drawRect(toWidget(m_dragging));
    }
}

void RedactionCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag = true;
    m_dragStart = toImage(event->position().toPoint());
    m_dragging = QRect();
}

void RedactionCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drag)
        return;
    m_dragging = QRect(m_dragStart, toImage(event->position().toPoint())).normalized();
    update();
}

void RedactionCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drag || event->button() != Qt::LeftButton)
        return;
    m_drag = false;
    m_dragging = QRect();
    addBox(QRect(m_dragStart, toImage(event->position().toPoint())).normalized());
    update();
}

} // namespace okpay
