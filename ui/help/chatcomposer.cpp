#include "ui/help/chatcomposer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace okpay {

ChatComposer::ChatComposer(QWidget *parent)
    : QWidget(parent), m_input(new QPlainTextEdit(this)), m_images(new QWidget(this)), m_imageRow(new QHBoxLayout(m_images)),
      m_attach(new QPushButton(tr("Attach image…"), this)), m_send(new QPushButton(tr("Send"), this))
{
    setObjectName(QStringLiteral("chatComposer"));
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_input->setAccessibleName(tr("Your message"));
    m_input->setPlaceholderText(tr("Write a message. Enter sends, Shift+Enter starts a new line."));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 3 + 16);
    m_input->installEventFilter(this);
    m_images->setObjectName(QStringLiteral("chatImages"));
    m_imageRow->setContentsMargins(0, 0, 0, 0);
    m_imageRow->addStretch();
    m_images->hide();
    m_attach->setObjectName(QStringLiteral("chatAttach"));
    m_attach->setAccessibleName(tr("Attach an image"));
    m_attach->setToolTip(tr("PNG or JPEG pictures up to 10 MB, at most 5 per message"));
    m_send->setObjectName(QStringLiteral("chatSend"));
    m_send->setAccessibleName(tr("Send the message"));
    m_send->setDefault(true);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_attach);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_images);
    layout->addLayout(row);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        updateSend();
        if (!m_input->toPlainText().isEmpty())
            emit edited();
    });
    connect(m_send, &QPushButton::clicked, this, &ChatComposer::sendRequested);
    connect(m_attach, &QPushButton::clicked, this, &ChatComposer::attachRequested);
    updateSend();
}

bool ChatComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            if (m_send->isEnabled())
                emit sendRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ChatComposer::text() const
{
    return m_input->toPlainText();
}

void ChatComposer::setText(const QString &text)
{
    m_input->setPlainText(text);
    m_input->moveCursor(QTextCursor::End);
}

void ChatComposer::clear()
{
    m_input->clear();
}

void ChatComposer::setImages(const QStringList &names)
{
    while (m_imageRow->count() > 1) {
        QLayoutItem *item = m_imageRow->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < names.size(); ++i) {
        auto *chip = new QToolButton(m_images);
        chip->setObjectName(QStringLiteral("chatImage%1").arg(i));
        chip->setText(tr("%1 ✕").arg(names.at(i)));
        chip->setAccessibleName(tr("Remove the image %1").arg(names.at(i)));
        chip->setToolTip(chip->accessibleName());
        connect(chip, &QToolButton::clicked, this, [this, i] { emit removeImageRequested(i); });
        m_imageRow->insertWidget(i, chip);
    }
    m_imageCount = int(names.size());
    m_images->setVisible(!names.isEmpty());
    updateSend();
}

void ChatComposer::setSendLabel(const QString &label)
{
    m_send->setText(label);
}

void ChatComposer::setCanWrite(bool canWrite)
{
    m_canWrite = canWrite;
    m_input->setReadOnly(!canWrite);
    updateSend();
}

void ChatComposer::setCanAttach(bool canAttach)
{
    m_attach->setEnabled(canAttach);
}

void ChatComposer::focusInput()
{
    m_input->setFocus();
}

void ChatComposer::updateSend()
{
    m_send->setEnabled(m_canWrite && (!m_input->toPlainText().trimmed().isEmpty() || m_imageCount > 0));
}

} // namespace okpay
