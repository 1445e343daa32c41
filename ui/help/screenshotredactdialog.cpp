#include "ui/help/screenshotredactdialog.h"

#include "ui/help/redactioncanvas.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

ScreenshotRedactDialog::ScreenshotRedactDialog(const QImage &screenshot, QWidget *parent)
    : QDialog(parent), m_canvas(new RedactionCanvas(screenshot, this)), m_undo(new QPushButton(tr("Undo last box"), this))
{
    setObjectName(QStringLiteral("screenshotRedactDialog"));
    setWindowTitle(tr("Attach a screenshot"));
    auto *intro = new QLabel(tr("Drag over anything you do not want to send, such as balances, names or codes, to black it "
                                "out. Support sees the screenshot exactly as shown here."),
                             this);
    intro->setObjectName(QStringLiteral("screenshotRedactIntro"));
    intro->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("screenshotUndo"));
    m_undo->setEnabled(false);
    auto *buttons = new QDialogButtonBox(this);
    auto *attach = buttons->addButton(tr("Attach screenshot"), QDialogButtonBox::AcceptRole);
    attach->setObjectName(QStringLiteral("screenshotAttach"));
    attach->setDefault(true);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("screenshotCancel"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_undo);
    bottom->addStretch();
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(bottom);

    resize(960, 680);  // room for a window-sized screenshot at a readable scale
    connect(m_undo, &QPushButton::clicked, m_canvas, &RedactionCanvas::undo);
    connect(m_canvas, &RedactionCanvas::boxesChanged, this, [this](int count) { m_undo->setEnabled(count > 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QByteArray ScreenshotRedactDialog::png() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    m_canvas->redacted().save(&buffer, "PNG");
    return bytes;
}

} // namespace okpay
