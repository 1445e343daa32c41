#pragma once
#include <QDialog>
#include <QImage>

class QPushButton;

namespace okpay {

class RedactionCanvas;

// "Attach a screenshot of this window": previews the grab and lets the user black out parts of it (drag boxes,
// undo) before it is attached as a PNG. Nothing leaves the dialog unless the user presses Attach.
class ScreenshotRedactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScreenshotRedactDialog(const QImage &screenshot, QWidget *parent = nullptr);

    RedactionCanvas *canvas() const { return m_canvas; }
    QByteArray png() const;  // the screenshot with the boxes painted black, PNG-encoded

private:
    RedactionCanvas *m_canvas;
    QPushButton *m_undo;
};

} // namespace okpay
