#pragma once
#include <QImage>
#include <QList>
#include <QRect>
#include <QWidget>

namespace okpay {

// A screenshot scaled to fit, on which the user drags rectangles that will be blacked out. Boxes are kept in image
// pixels, so what is painted on the attached PNG is exactly what the preview shows.
class RedactionCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit RedactionCanvas(const QImage &image, QWidget *parent = nullptr);

    void addBox(const QRect &imageRect);
    void undo();
    const QList<QRect> &boxes() const { return m_boxes; }
    QImage redacted() const;  // the image with every box filled black
    QRect imageArea() const;  // where the image is drawn, in widget coordinates
    QSize sizeHint() const override;

signals:
    void boxesChanged(int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QPoint toImage(const QPoint &widgetPoint) const;
    QRect toWidget(const QRect &imageRect) const;
    QImage m_image;
    QList<QRect> m_boxes;
    QPoint m_dragStart;  // image pixels
    QRect m_dragging;    // the box being drawn, image pixels
    bool m_drag = false;
};

} // namespace okpay
