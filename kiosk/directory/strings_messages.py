"""The words of "leave a message for absent staff": the kiosk's consent, form and confirmation
screens, and the console's list of messages. Merged into strings.STRINGS."""
from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "message.button": ("✉ 메시지 남기기", "✉ Leave a message"),
    # What the kiosk can promise: the department is asked to call back by then (the note's
    # due time); whether the message reached a desk is said after sending.
    "message.button.sub": ("1시간 안에 또는 원하시는 시간에 전화해 달라고 담당 부서에 전합니다",
                           "We ask for a call back within an hour, or when you like"),
    "message.title": ("메시지 남기기", "Leave a message"),
    "message.for": ("받는 사람: {who}", "For: {who}"),
    # consent (개인정보 보호법 제15조: 목적, 항목, 보유 기간, 거부 권리와 불이익)
    "message.consent.title": ("개인정보 수집·이용 동의", "Consent to collect and use personal "
                              "information"),
    "message.consent.purpose.h": ("수집 목적", "Purpose"),
    "message.consent.purpose": ("메시지를 담당자에게 전달하고 담당자가 전화를 드리기 위해서입니다.",
                                "To pass your message on and for the person in charge to "
                                "call you back."),
    "message.consent.items.h": ("수집 항목", "What is collected"),
    "message.consent.items": ("이름, 전화번호, 용건, 연락받을 시간",
                              "Name, phone number, purpose, preferred time for the call"),
    "message.consent.keep.h": ("보유 기간", "How long it is kept"),
    "message.consent.keep": ("담당자가 전화를 드리면 바로 파기하며, 늦어도 {days}일 뒤에는 "
                             "파기합니다.",
                             "Destroyed as soon as you have been called back, and after {days} "
                             "days at the latest."),
    "message.consent.refuse.h": ("동의를 거부할 권리", "Your right to refuse"),
    "message.consent.refuse": ("동의하지 않으셔도 됩니다. 다만 메시지는 남길 수 없습니다. "
                               "직원 호출은 그대로 쓰실 수 있고, 안내데스크 ({phone})로 "
                               "전화하셔도 됩니다.",
                               "You may refuse. Then no message can be left; you can still "
                               "call an attendant with Help, or phone the information desk "
                               "({phone})."),
    "message.consent.agree": ("동의합니다", "I agree"),
    "message.consent.decline": ("동의하지 않습니다", "I do not agree"),
    # the form
    "message.field.name": ("이름", "Name"),
    "message.field.phone": ("전화번호", "Phone number"),
    "message.field.purpose": ("용건", "Purpose"),
    "message.field.callback": ("연락받을 시간", "When to call you"),
    "message.field.empty": ("(눌러서 입력)", "(tap to type)"),
    "message.field.editing": ("입력 중", "typing here"),
    "message.purpose.loan": ("대출·반납 문의", "Loans and returns"),
    "message.purpose.material": ("자료 문의", "A book or material"),
    "message.purpose.program": ("프로그램 문의", "A programme or class"),
    "message.purpose.document": ("서류·증명서", "Papers and certificates"),
    "message.callback.asap": ("가능한 빨리", "As soon as possible"),
    "message.callback.at": ("{time}에", "At {time}"),
    "message.send": ("메시지 보내기", "Send the message"),
    "message.cancel": ("취소 (지우고 돌아가기)", "Cancel (clear and go back)"),
    "message.error.name": ("이름을 입력해 주세요.", "Please type your name."),
    "message.error.name_long": ("이름이 너무 깁니다 (30자까지).",
                                "The name is too long (30 characters at most)."),
    "message.error.phone": ("전화번호를 입력해 주세요.", "Please type your phone number."),
    "message.error.phone_format": ("전화번호는 숫자와 -만 입력해 주세요 (예: 010-1234-5678).",
                                   "Please use only digits and - (e.g. 010-1234-5678)."),
    "message.error.purpose": ("용건을 고르거나 입력해 주세요.",
                              "Please choose or type the purpose."),
    "message.error.purpose_long": ("용건이 너무 깁니다 (120자까지).",
                                   "The purpose is too long (120 characters at most)."),
    "message.error.characters": ("입력할 수 없는 문자가 있습니다.",
                                 "There is a character that cannot be used."),
    "message.error.callback": ("연락받을 시간을 골라 주세요.", "Please choose when to call you."),
    "message.error.not_kept": ("메시지를 저장하지 못했습니다. 안내데스크 ({phone})로 전화해 "
                               "주세요.", "The message could not be kept. Please phone the "
                               "information desk ({phone})."),
    # the confirmation: only what the kiosk knows
    "message.sent.received": ("안내데스크가 메시지를 받았습니다",
                              "The information desk has your message"),
    "message.sent.received.body": ("{due}까지 전화드립니다.",
                                   "You will be called back by {due}."),
    "message.sent.waiting": ("메시지를 보냈습니다. 안내데스크의 확인을 기다리는 중입니다",
                             "Message sent; waiting for the desk to confirm"),
    "message.sent.stored": ("메시지가 아직 전달되지 않았습니다",
                            "The message has not been delivered yet"),
    "message.sent.stored.body": ("메시지는 이 키오스크에 저장되어 있다가 안내데스크가 연결되면 "
                                 "전해집니다. 급하시면 안내데스크 ({phone})로 전화해 주세요.",
                                 "It is kept on this kiosk and passed on when the desk "
                                 "connects. If it is urgent, please phone the information "
                                 "desk ({phone})."),
    # kept, though the footer's help would reach a console: one of other departments only
    "message.sent.held.body": ("메시지는 이 키오스크에 저장되어 있다가 담당 직원에게 연결되는 "
                               "대로 전해집니다. 급하시면 안내데스크 ({phone})로 전화해 주세요.",
                               "It is kept on this kiosk and passed on as soon as it can reach "
                               "the staff who handle it. If it is urgent, please phone the "
                               "information desk ({phone})."),
    "message.sent.waiting.body": ("확인이 오지 않으면 안내데스크 ({phone})로 전화해 주세요.",
                                  "If no confirmation comes, please phone the information "
                                  "desk ({phone})."),
    "message.sent.cleared": ("입력하신 이름과 전화번호는 화면에서 지웠습니다.",
                             "Your name and phone number have been cleared from the screen."),
    "message.finish": ("확인", "Done"),
    # the console
    "console.message.for": ("{who} 앞", "For {who}"),
    "console.message.due": ("{time}까지 · {left} 남음", "Due {time} · {left} left"),
    "console.message.overdue": ("기한 지남 {late}", "OVERDUE by {late}"),
    "console.message.callback": ("희망: {when}", "Prefers: {when}"),
    "console.message.called_back": ("전화 완료", "Called back"),
    "console.message.select": ("메시지를 고른 뒤 전화를 드리고 '전화 완료'를 누르세요.",
                               "Select a message, call the visitor, then press "
                               "'Called back'."),
}
