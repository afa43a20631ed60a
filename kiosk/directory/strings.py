"""Every visible string of the kiosk, in Korean and English, in one table.

Screens ask `tr(key, lang)`; a test checks that every key has both languages and that every
key used by the code exists here.
"""
from __future__ import annotations

from kiosk.directory.particles import particles
from kiosk.directory.strings_bundle_apply import STRINGS as BUNDLE_APPLY
from kiosk.directory.strings_bundle_meaning import STRINGS as BUNDLE_MEANING
from kiosk.directory.strings_bundle_words import STRINGS as BUNDLE_WORDS
from kiosk.directory.strings_cards import STRINGS as CARD_STRINGS
from kiosk.directory.strings_department_entry import STRINGS as DEPARTMENT_ENTRY_STRINGS
from kiosk.directory.strings_charter import CHARTER_STRINGS
from kiosk.directory.strings_messages import STRINGS as MESSAGE_STRINGS
from kiosk.directory.strings_office_time import STRINGS as OFFICE_TIME_STRINGS
from kiosk.directory.strings_call_refusals import STRINGS as CALL_REFUSAL_STRINGS
from kiosk.directory.strings_console_reasons import STRINGS as CONSOLE_REASON_STRINGS
from kiosk.directory.strings_console_due import STRINGS as CONSOLE_DUE_STRINGS
from kiosk.directory.strings_console_durations import STRINGS as CONSOLE_DURATION_STRINGS
from kiosk.directory.strings_change_values import STRINGS as CHANGE_VALUE_STRINGS
from kiosk.directory.strings_staff_pin_cli import STRINGS as STAFF_PIN_CLI_STRINGS
from kiosk.directory.strings_reach import STRINGS as REACH_STRINGS
from kiosk.directory.strings_reports import REPORT_STRINGS
from kiosk.directory.strings_report_values import STRINGS as REPORT_VALUE_STRINGS
from kiosk.directory.strings_route_steps import STRINGS as ROUTE_STEP_STRINGS
from kiosk.directory.strings_search_twins import STRINGS as SEARCH_TWIN_STRINGS
from kiosk.directory.strings_sign import STRINGS as SIGN_STRINGS
from kiosk.directory.strings_guide import STRINGS as GUIDE_STRINGS
from kiosk.directory.strings_keys import STRINGS as KEY_STRINGS
from kiosk.directory.strings_in_charge import STRINGS as IN_CHARGE_STRINGS
from kiosk.directory.strings_step_mark import STRINGS as STEP_MARK_STRINGS
from kiosk.directory.strings_visit import STRINGS as VISIT_STRINGS
from kiosk.directory.strings_earlier_call import STRINGS as EARLIER_CALL_STRINGS

STRINGS: dict[str, tuple[str, str]] = {
    # home
    "app.title": ("경기과천교육도서관 안내", "Library guide"),
    "home.greeting": ("반갑습니다. 무엇을 도와 드릴까요?", "Welcome. How may I help you?"),
    "home.floors": ("층별 안내", "Floor directory"),
    "home.floors.sub": ("층마다 있는 곳", "What is on each floor"),
    "home.people": ("담당자 찾기", "Find a person"),
    "home.people.sub": ("부서와 담당 업무", "Departments and duties"),
    "home.search": ("검색", "Search"),
    "home.search.sub": ("이름, 장소, 업무", "Names, places, duties"),
    "home.services": ("민원·서비스", "Services"),
    "home.services.sub": ("대출증, 증명서, 프로그램", "Library cards, certificates, programmes"),
    # chrome
    "nav.home": ("처음으로", "Home"),
    "nav.back": ("뒤로", "Back"),
    "lang.switch": ("English", "한국어"),
    "lang.switch.name": ("Switch to English", "한국어로 바꾸기"),
    "help.button": ("직원 호출", "Call for help"),
    "help.button.calling": ("직원 호출 중", "Calling for help"),
    "help.button.desk": ("안내데스크 {phone}", "Information desk {phone}"),
    # Every key the keypad has (README's table): a blind visitor learns them here only.
    "help.keys": ("키패드: 8 2 4 6 위·아래·왼쪽·오른쪽, 5 선택, 0 처음, . 뒤로, / 도움, "
                  "* 또는 9 다시 듣기, 7 읽기 멈춤, + − 소리 크게·작게",
                  "Keypad: 8 2 4 6 up, down, left, right; 5 select; 0 home; . back; / help; "
                  "* or 9 say again; 7 stop speaking; + − louder, quieter"),
    "help.close": ("닫기", "Close"),
    "help.close.calling": ("닫기 (호출은 계속됩니다)", "Close (the call stays on)"),
    "help.cancel": ("호출 취소", "Cancel the call"),
    "help.unavailable": ("지금은 직원을 호출할 수 없습니다", "A call cannot be sent right now"),
    "help.no_broker": ("호출 장치에 연결되어 있지 않습니다.", "The kiosk is not connected to the "
                       "call system."),
    "help.no_console": ("안내데스크의 호출 화면이 꺼져 있습니다.", "The information desk's call "
                        "screen is off."),
    "help.no_service": ("이 키오스크에는 호출 기능이 없습니다.", "This kiosk has no call "
                        "system."),
    "help.go_to_desk": ("1층 안내데스크로 오시거나 전화해 주세요.",
                        "Please come to the information desk on 1F, or call it."),
    "help.raised": ("직원을 부르고 있습니다", "Calling an attendant"),
    "help.raised.body": ("호출을 안내데스크로 보내고 있습니다.",
                         "Sending your call to the information desk."),
    "help.delivered": ("호출을 보냈습니다", "Your call has been sent"),
    "help.delivered.body": ("안내데스크가 호출을 받았다는 확인을 기다리고 있습니다.",
                            "Waiting for the information desk to confirm it has your call."),
    "help.received": ("안내데스크가 호출을 받았습니다", "The desk has received your call"),
    "help.received.body": ("직원이 응답하면 여기에 이름이 나옵니다.",
                           "When a staff member answers, their name appears here."),
    "help.no_desk": ("지금 연결된 안내데스크가 없습니다", "No information desk is connected "
                     "right now"),
    "help.no_desk.body": ("호출은 저장되어 있다가 안내데스크가 연결되면 전해집니다. 1층 "
                          "안내데스크로 오시거나 {phone}로 전화해 주세요.",
                          "Your call is kept and reaches the desk once it is connected. "
                          "Please come to the information desk on 1F or call {phone}."),
    "help.acknowledged": ("{name} 직원이 가고 있습니다", "{name} is on the way"),
    "help.arrived": ("{name} 직원이 도착했습니다", "{name} is here"),
    # The answering console gave no name a visitor can be told (calls.visitor.attendant_name).
    "help.acknowledged.unnamed": ("직원이 가고 있습니다", "A staff member is on the way"),
    "help.arrived.unnamed": ("직원이 도착했습니다", "A staff member is here"),
    "help.resolved": ("도움이 끝났습니다. 또 뵙겠습니다.", "All done. Thank you for visiting."),
    "help.escalated": ("아직 응답이 없습니다", "No answer yet"),
    "help.escalated.body": ("지금 연결된 안내데스크 화면 {n}곳에 긴급 호출로 다시 알렸습니다. "
                            "1층 안내데스크로 오시거나 {phone}로 전화해 주세요.",
                            "The call was sent again, as urgent, to the desk screens connected "
                            "now ({n}). Please go to the information desk on 1F or call "
                            "{phone}."),
    "help.need": ("어떤 도움이 필요하신가요? (고르지 않으셔도 됩니다)",
                  "What do you need? (optional)"),
    "help.waited": ("기다린 시간 {time}", "Waiting {time}"),
    # The visitor's answer, said of themselves as the ready profiles are (해요체).
    "need.mobility": ("휠체어를 사용해요", "I use a wheelchair"),
    "need.low_vision": ("잘 안 보여요", "I have low vision"),
    "need.hearing": ("잘 안 들려요", "I am hard of hearing"),
    "need.reading": ("읽고 쓰기가 어려워요", "Help reading or writing"),
    "need.language": ("한국어가 서툴러요", "Another language"),
    "need.other": ("다른 도움이 필요해요", "Something else"),
    # The word phones and computers use for the same settings, beside the symbol.
    "access.button": ("접근성", "Accessibility"),
    "access.low": ("화면 내리기", "Lower screen"),
    "access.low.on": ("화면 올리기", "Raise screen"),
    "access.title": ("어떻게 도와 드릴까요?", "What would help you?"),
    "access.ready": ("한 번에 맞추기", "Set up in one tap"),
    "access.ready.wheelchair": ("휠체어를 사용해요", "I use a wheelchair"),
    "access.ready.wheelchair.sub": ("낮은 화면, 계단 없는 길", "Lower screen, step-free routes"),
    "access.ready.low_vision": ("잘 안 보여요", "I see poorly"),
    "access.ready.low_vision.sub": ("아주 큰 글자, 고대비, 음성 안내",
                                    "Largest text, high contrast, speech"),
    "access.ready.blind": ("앞이 보이지 않아요", "I cannot see"),
    "access.ready.blind.sub": ("음성 안내, 키패드로 조작", "Speech, use the keypad"),
    "access.ready.cannot_read": ("글을 읽기 어려워요", "I cannot read"),
    "access.ready.cannot_read.sub": ("음성 안내, 큰 글자", "Speech, larger text"),
    # Where the kiosk cannot speak, a profile does not promise it, nor name it: "· no speech"
    # beside a profile read as if choosing it turned speech off. The panel's note, over the
    # choices, says once that this kiosk cannot speak (access.no_speech).
    "access.ready.low_vision.sub.mute": ("아주 큰 글자, 고대비", "Largest text, high contrast"),
    "access.ready.blind.sub.mute": ("키패드로 조작", "Use the keypad"),
    "access.ready.cannot_read.sub.mute": ("큰 글자", "Larger text"),
    "access.each": ("하나씩 맞추기", "Or choose one at a time"),
    "access.zoom.100": ("글자 보통", "Normal text"),
    "access.zoom.150": ("글자 크게", "Large text"),
    "access.zoom.200": ("글자 아주 크게", "Largest text"),
    "access.high_contrast": ("고대비 화면", "High contrast"),
    "access.speech": ("음성 안내", "Speech"),
    "access.low_position": ("낮은 화면", "Lower screen"),
    "access.on": ("켜짐", "on"),
    "access.off": ("꺼짐", "off"),
    "access.unavailable": ("사용할 수 없음", "not available"),
    "access.voice": ("음성 안내 조절", "Speech settings"),
    "access.slower": ("천천히 말하기", "Speak slower"),
    "access.faster": ("빨리 말하기", "Speak faster"),
    "access.quieter": ("소리 작게", "Quieter"),
    "access.louder": ("소리 크게", "Louder"),
    "access.no_speech": ("음성 안내 사용 불가 · 안내데스크 {phone}",
                         "This kiosk cannot speak · Desk {phone}"),
    "access.no_speech.call": ("누르면 직원을 부릅니다.", "Press here to call for help."),
    "access.normal": ("모두 보통으로", "Back to normal"),
    "access.done": ("확인", "Done"),
    "speech.pause": ("말 멈춤", "Stop speaking"),
    "speech.repeat": ("다시 듣기", "Say again"),
    "role.button": ("버튼", "button"),
    "role.list": ("목록", "list"),
    "you_are_here": ("현재 위치", "You are here"),
    # route screen: the way to a place, on the floor plans and in steps
    "route.show": ("길\u00a0안내", "Show me the way"),  # one term: a no-break space
    "route.title": ("{place} 가는 길", "Way to {place}"),
    # "계단 없이: 꺼짐" read as a double negative; "계단 없는 길" is too wide for the lowered
    # portrait bar at 200 % (the switch's words were cut), "휠체어 길" as wide as "계단 없이"
    "route.step_free": ("휠체어 길", "Step-free"),
    "route.summary": ("{metres}m · 걸어서 약 {minutes}분", "{metres} m · about {minutes} min "
                      "on foot"),
    "route.qr": ("휴대폰 카메라로 찍으면 길 안내를 가져갈 수 있습니다.",
                 "Scan with your phone camera to take these directions along."),
    "route.map": ("{floor} 길 안내도", "{floor} route map"),
    "route.zoom_in": ("지도 크게", "Zoom in"),
    "route.zoom_out": ("지도 작게", "Zoom out"),
    "route.no_route": ("길을 찾지 못했습니다", "No route found"),
    "route.unknown": ("이곳으로 가는 길이 안내도에 없습니다.", "This place has no way on the "
                      "floor plans."),
    "route.ask_desk": ("1층 안내데스크에서 도와 드립니다. 전화 {phone}",
                       "The information desk on 1F will help you. Phone {phone}"),
    "legend.destination": ("도착", "Destination"),
    "legend.route": ("가는 길", "Route"),
    "legend.elevator": ("엘리베이터", "Elevator"),
    "legend.stairs": ("계단", "Stairs"),
    "legend.toilet": ("화장실", "Toilets"),
    "legend.desk": ("안내데스크", "Information desk"),
    "legend.accessible_toilet": ("장애인 화장실", "Accessible toilet"),
    "legend.entrance_steps": ("출입구에 계단", "Steps at the door"),
    "legend.chosen": ("고른 곳", "Place you chose"),
    "legend.step_number": ("안내 단계", "Numbered step"),
    "legend.service": ("들어갈 수 없는 곳", "No public access"),
    # floors
    "floors.title": ("층별 안내", "Floor directory"),
    "floor.title": ("{floor} 안내도", "{floor} plan"),
    "floor.rooms": ("이 층의 장소", "Places on this floor"),
    "floor.hint": ("장소를 누르면 자세한 안내가 나옵니다.", "Tap a place to see its details."),
    # cards
    "card.department": ("부서", "Department"),
    "card.floor": ("위치", "Location"),
    "card.phone": ("전화", "Phone"),
    "card.fax": ("팩스", "Fax"),
    "card.hours": ("운영 시간", "Hours"),
    "card.services": ("이곳의 서비스", "Services here"),
    "card.staff": ("이곳의 담당자", "Staff here"),
    "card.people": ("이 부서의 직원 {n}명", "People of this department: {n}"),
    "card.people.all": ("직원 {n}명 모두 보기", "See all {n} people"),
    "card.people.more": ("위의 {shown}명 말고도 {more}명이 더 있습니다.",
                         "{more} more besides the {shown} above."),
    "card.amenities": ("편의 시설", "Amenities"),
    "card.duties": ("담당 업무", "Duties"),
    "card.extension": ("내선 전화", "Extension"),
    "card.position": ("직위", "Position"),
    "card.about": ("안내", "About"),
    "card.where": ("있는 곳", "Where"),
    "card.processing": ("처리 기간과 수수료", "Processing time and fee"),
    "card.show_room": ("{room} 보기", "Show {room}"),
    "card.paid": ("유료", "Paid"),
    "card.accessible": ("장애인 이용 가능", "Accessible"),
    # people
    "people.title": ("담당자 찾기", "Find a person"),
    "people.departments": ("부서를 고르세요", "Choose a department"),
    "people.count": ("{n}명", "People: {n}"),
    "people.everyone": ("전체 직원", "All staff"),
    "presence.in": ("근무 중", "In"),
    "presence.away": ("자리 비움", "Away"),
    "presence.leave": ("휴가 중", "On leave"),
    "sample.person": ("예시 인물", "Sample person"),
    # services
    "services.title": ("민원·서비스", "Services"),
    "services.choose": ("필요한 서비스를 고르세요", "Choose a service"),
    # search
    "search.title": ("검색", "Search"),
    "search.prompt": ("찾을 이름, 장소, 업무를 입력하세요", "Type a name, place or duty"),
    "search.none": ("찾는 결과가 없습니다. 안내데스크에 문의해 주세요.",
                    "Nothing found. Please ask at the information desk."),
    "search.count": ("{n}건", "{n} results"),
    "search.count_more": ("{n}건 이상", "{n}+ results"),
    "search.hint": ("글자를 입력하면 바로 찾아 드립니다. 초성(ㅈㅎㅈㅂ)으로도 찾을 수 있습니다.",
                    "Results appear as you type. Korean initials (ㅈㅎㅈㅂ) work too."),
    "kbd.ko": ("한글", "한글"),
    "kbd.en": ("ABC", "ABC"),
    "kbd.digits": ("123", "123"),
    "kbd.initials": ("초성", "Initials"),
    "kbd.space": ("띄어쓰기", "Space"),
    "kbd.backspace": ("지우기", "Delete"),
    "kbd.clear": ("모두 지우기", "Clear"),
    "kbd.shift": ("쌍자음", "Shift"),
    # idle
    "idle.title": ("시간이 더 필요하신가요?", "Need more time?"),
    "idle.body": ("{n}초 후 처음 화면으로 돌아갑니다.", "Returning to the start in {n} s."),
    "idle.more": ("네, 계속할게요", "Yes, more time"),
    "idle.done": ("처음으로", "Start over"),
    # kinds
    "kind.rooms": ("장소", "Place"),
    "kind.departments": ("부서", "Department"),
    "kind.staff": ("직원", "Person"),
    "kind.services": ("서비스", "Service"),
    "kind.amenities": ("편의 시설", "Amenity"),
    # report of calls for an attendant (python -m kiosk report calls)
    "report.title": ("직원 호출 월간 보고 {month}", "Calls for an attendant, {month}"),
    "report.none": ("{month}에는 직원 호출이 없습니다.", "No calls for an attendant in {month}."),
    "report.promise.ack": ("30초 안에 안내", "Guided within 30 s"),
    "report.promise.ack.rule": ("호출 후 30초 안에 직원이 응답한 비율",
                                "share of calls an attendant acknowledged within 30 s"),
    "report.promise.arrival": ("5분 안에 직원 도착", "Attendant within 5 min"),
    "report.promise.arrival.rule": ("호출 후 5분 안에 직원이 도착한 비율",
                                    "share of calls an attendant reached within 5 min"),
    "report.counted": ("(지킨 수/대상 수) 대상: 제시간에 응답·도착했거나 그 시간까지 기다린 호출. "
                       "방문객이 그 전에 취소한 호출과 아직 시간이 지나지 않은 호출은 빠집니다. "
                       "응답 없이 종료된 호출은 종료한 시각에 응답한 것으로 셉니다.",
                       "(met/counted) Counted: calls answered in time, or still waiting when the "
                       "time ran out. Calls the visitor cancelled before, or not yet due, are "
                       "left out. A call closed without an answer counts as answered when it "
                       "was closed."),
    "report.unplaced": ("호출 시각이 없는 기록 {n}건은 빠졌습니다.",
                        "{n} records without a call time were left out."),
    "report.overall": ("전체", "All calls"),
    "report.by_kiosk": ("키오스크별", "By kiosk"),
    "report.by_need": ("도움 종류별", "By need"),
    "report.not_given": ("밝히지 않음", "not given"),
    "report.need.mobility": ("이동", "mobility"),
    "report.need.low_vision": ("저시력", "low vision"),
    "report.need.hearing": ("청각", "hearing"),
    "report.need.reading": ("읽기", "reading"),
    "report.need.language": ("다른 언어", "another language"),
    "report.need.other": ("기타", "other"),
    "report.col.calls": ("호출", "Calls"),
    "report.col.cancelled": ("취소", "Cancelled"),
    "report.col.escalated": ("확대 호출", "Escalated"),
    "report.col.median_ack": ("응답 중앙값", "Median to ack"),
    "report.col.median_arrival": ("도착 중앙값", "Median to arrive"),
    "report.col.open": ("처리 중", "Open"),
    "report.seconds": ("{n}초", "{n} s"),
    # attendant console (information desk PC)
    "console.title": ("안내데스크 호출 화면", "Desk call console"),
    "console.attendant": ("근무자: {name}", "Attendant: {name}"),
    "console.open": ("진행 중인 호출 {n}건", "Open calls: {n}"),
    "console.open.none": ("진행 중인 호출이 없습니다", "No open calls"),
    "console.new": ("새 호출", "NEW"),
    "console.urgent": ("긴급", "URGENT"),
    "console.overdue": ("기한 지남", "OVERDUE"),
    "console.warn.overdue": ("⚠ 기한 지남 {n}건", "⚠ {n} OVERDUE"),
    "console.warn.new": ("새 호출 {n}건", "{n} NEW"),
    "console.warn.offline": ("✕ 꺼진 키오스크 {n}대", "✕ Kiosks offline: {n}"),
    "console.page.calls": ("호출 {n}건", "Calls: {n}"),
    # The side page's sections by their names, in their order on it
    "console.page.side": ("키오스크 / 메시지·카드 {n}건 / 오늘 기록",
                          "Kiosks / Messages ({n}) / Today"),
    # over what a view's bottom edge would cut: a list's rows, a scrolled page's lines
    "more_below": ("▼ 아래에 더 있음", "▼ More below"),
    "more_below.rows": ("▼ 아래에 {n}건 더", "▼ {n} more below"),
    "console.more_below": ("▼ 아래에 {n}건 더", "▼ {n} more below"),
    "console.more_below.side": ("▼ 아래에 더 있음", "▼ More below"),
    "console.waiting": ("대기 {time}", "Waiting {time}"),
    "console.waited": ("기다린 시간 {time}", "Waited {time}"),
    "console.someone": ("직원", "Staff"),
    "console.state.waiting": ("아무도 응답하지 않음", "Nobody has answered"),
    "console.state.acknowledged": ("{name} 가는 중", "{name} on the way"),
    "console.state.arrived": ("{name} 도착", "{name} arrived"),
    "console.state.resolved": ("해결 ({name})", "Resolved ({name})"),
    "console.state.cancelled": ("방문자가 취소함", "Cancelled by the visitor"),
    "console.need.none": ("도움 종류 밝히지 않음", "Need not given"),
    "console.need.mobility": ("휠체어·이동 도움", "Wheelchair or walking"),
    "console.need.low_vision": ("시력 (잘 안 보임)", "Low vision"),
    "console.need.hearing": ("청력 (잘 안 들림)", "Hard of hearing"),
    "console.need.reading": ("읽기·쓰기 도움", "Reading or filling in forms"),
    "console.need.language": ("다른 언어", "Another language"),
    "console.need.other": ("그 밖의 도움", "Something else"),
    "console.acknowledge": ("응답: 지금 갑니다", "Acknowledge: on my way"),
    "console.arrived": ("도착했습니다", "Arrived"),
    "console.resolve": ("해결 (호출 닫기)", "Resolve (close the call)"),
    "console.select": ("처리할 호출을 목록에서 고르세요", "Select a call in the list"),
    "console.selected": ("선택한 호출: {call}", "Selected call: {call}"),
    "console.actions.offline": ("연결되면 누를 수 있습니다", "available once connected"),
    "console.action_failed": ("키오스크에 전하지 못했습니다: {reason}",
                              "Could not tell the kiosk: {reason}"),
    "console.kiosks": ("연결이 끊긴 키오스크", "Offline kiosks"),
    "console.kiosks.offline": ("{n}대 꺼짐 또는 연결 끊김:", "{n} off or not connected:"),
    "console.kiosks.all_online": ("모든 키오스크 연결됨 ({n}대)", "All {n} kiosks online"),
    "console.kiosks.none": ("아직 연결을 알린 키오스크가 없습니다", "No kiosk has reported in yet"),
    "console.kiosks.unknown": ("이 화면이 연결되어 있지 않아 알 수 없습니다",
                               "Unknown: this console is not connected"),
    "console.today": ("오늘 끝난 호출", "Today's closed calls"),
    "console.today.none": ("오늘 끝난 호출이 아직 없습니다", "No call closed today yet"),
    "console.history.acknowledged": ("응답까지 {time}", "Acknowledged in {time}"),
    "console.history.arrived": ("도착까지 {time}", "arrived in {time}"),
    "console.history.total": ("모두 {time}", "Total {time}"),
    "console.history.not_acknowledged": ("응답 없음", "Not acknowledged"),
    "console.history.not_arrived": ("도착 없음", "no arrival"),
    "console.connected": ("● 호출 서버에 연결됨", "● Connected to the call server"),
    "console.disconnected": ("✕ 연결 안 됨: {reason}", "✕ Not connected: {reason}"),
    "console.disconnected.banner": ("연결 안 됨 — 키오스크의 호출이 이 화면에 오지 않습니다. "
                                    "이유: {reason}",
                                    "NOT CONNECTED — calls from the kiosks cannot reach this "
                                    "console. Why: {reason}"),
    "console.reason.unknown": ("연결하는 중이거나 이유를 알 수 없습니다",
                               "connecting, or the reason is not known"),
    "console.sound.on": ("알림음 켜짐", "Chime on"),
    "console.sound.off": ("알림음 안 남", "No chime"),
    "console.sound.unavailable": ("소리를 낼 수 없습니다 ({reason}). 새 호출은 화면의 깜박임으로만 "
                                  "알려 드립니다.",
                                  "Sound unavailable ({reason}). New calls are shown only by "
                                  "flashing on screen."),
    "console.sound.no_device": ("소리 출력 장치가 없습니다", "no audio output device"),
    "console.sound.cannot_play": ("알림음을 재생할 수 없습니다", "the chime cannot be played"),
    # staff screen: directory update from a USB stick
    "staff.pin.title": ("직원 PIN을 입력하세요", "Enter the staff PIN"),
    "staff.pin.why": ("USB에 있는 안내 정보 업데이트를 보려면 직원 PIN이 필요합니다.",
                      "The staff PIN is needed to see the directory update on the USB stick."),
    "staff.pin.entered": ("{n}자리 입력됨", "{n} digits entered"),
    "staff.pin.wrong": ("PIN이 틀렸습니다. {n}번 더 시도할 수 있습니다.",
                        "Wrong PIN. {n} tries left."),
    "staff.pin.locked": ("PIN이 5번 틀려 잠겼습니다. {time} 뒤에 다시 시도하세요.",
                         "Wrong 5 times: locked. Try again in {time}."),
    "staff.pin.not_set": ("직원 PIN이 아직 정해지지 않아 열 수 없습니다. 관리자가 키오스크 PC에서 "
                          "다음 명령으로 정하세요: python -m kiosk staff-pin",
                          "No staff PIN is set, so this cannot open. An administrator sets one "
                          "on the kiosk PC with: python -m kiosk staff-pin"),
    "staff.pin.ok": ("확인", "OK"),
    "staff.pin.delete": ("지우기", "Delete"),
    "staff.pin.digit": ("숫자 {d}", "Digit {d}"),
    "staff.title": ("직원 화면: 안내 정보 업데이트", "Staff: directory update"),
    "staff.close": ("닫기", "Close"),
    "staff.cancel": ("취소", "Cancel"),
    "staff.apply": ("적용", "Apply"),
    "staff.checking": ("USB의 안내 정보를 검사하고 있습니다…",
                       "Checking the directory on the USB stick…"),
    "staff.ok": ("문제 없음: 적용할 수 있습니다", "No problems: ready to apply"),
    "staff.ok.warnings": ("적용할 수 있습니다 (주의 {n}건)", "Ready to apply (warnings: {n})"),
    "staff.bad": ("오류 {n}건: 고치기 전에는 적용할 수 없습니다",
                  "Errors: {n}. Fix them before applying"),
    "staff.check_failed": ("검사하지 못했습니다: {reason}", "Could not check: {reason}"),
    "staff.signed": ("✓ 서명 확인됨", "✓ Signature verified"),
    "staff.unsigned": ("서명 없음", "Not signed"),
    "staff.signed_mismatch": ("⚠ 파일이 서명된 내용과 다름", "⚠ Files differ from what was signed"),
    "staff.kiosk_missing": ("이 키오스크({id})가 새 안내 정보의 키오스크 목록에 없어 적용할 수 "
                            "없습니다. kiosks에 추가하세요.",
                            "This kiosk ({id}) is not among the new directory's kiosks, so it "
                            "cannot be applied. Add it under kiosks."),
    "staff.report.written": ("보고서를 USB에 저장했습니다: {path}",
                             "Report saved on the USB stick: {path}"),
    "staff.report.failed": ("검사 보고서를 USB에 저장하지 못했습니다: {reason}",
                            "Could not write the report to the USB stick: {reason}"),
    "staff.tab.changes": ("바뀌는 내용 {n}건", "Changes: {n}"),
    "staff.tab.problems": ("문제 {n}건", "Problems: {n}"),
    "staff.summary": ("{table}: 추가 {added}, 삭제 {removed}, 변경 {changed}",
                      "{table}: {added} added, {removed} removed, {changed} changed"),
    "staff.summary.none": ("바뀌는 내용이 없습니다", "Nothing changes"),
    "staff.change.added": ("+ 추가", "+ Added"),
    "staff.change.removed": ("− 삭제", "− Removed"),
    "staff.change.changed": ("~ 변경", "~ Changed"),
    "staff.change.fields": ("바뀐 항목: {fields}", "Changed: {fields}"),
    "staff.photo.none": ("사진 없음", "No photo"),
    # what changed in a row of the preview
    "staff.field.name": ("이름", "name"),
    "staff.field.position": ("직위", "position"),
    "staff.field.department": ("부서", "department"),
    "staff.field.duties": ("업무", "duties"),
    "staff.field.extension": ("내선 전화", "extension"),
    "staff.field.room": ("자리(방)", "room"),
    "staff.field.presence": ("재석 상태", "presence"),
    "staff.field.photo": ("사진", "photo"),
    "staff.field.phone": ("전화", "phone"),
    "staff.field.fax": ("팩스", "fax"),
    "staff.field.parent": ("상위 부서", "parent department"),
    "staff.field.keywords": ("검색어", "search words"),
    "staff.field.hours": ("운영 시간", "hours"),
    "staff.field.description": ("설명", "description"),
    "staff.field.floor": ("층", "floor"),
    "staff.field.items": ("세부 항목", "items"),
    "staff.photo.before": ("이전", "Before"),
    "staff.photo.after": ("새 사진", "After"),
    "staff.problem.where": ("{file} {line}행", "{file}, row {line}"),
    "staff.problem.error": ("✖ 오류", "✖ Error"),
    "staff.problem.warning": ("⚠ 주의", "⚠ Warning"),
    "staff.problem.fix": ("고치는 법: {fix}", "Fix: {fix}"),
    "staff.table.building": ("건물", "Building"),
    "staff.table.floors": ("층", "Floors"),
    "staff.table.kiosks": ("키오스크", "Kiosks"),
    "staff.applying": ("적용하고 있습니다. 끝날 때까지 키오스크는 이전 안내 정보를 보여 줍니다…",
                       "Applying. Until it is done the kiosk shows the old directory…"),
    "staff.applied": ("적용했습니다 (버전 {version}). 키오스크가 새 안내 정보를 보여 줍니다.",
                      "Applied (version {version}). The kiosk now shows the new directory."),
    "staff.apply_failed": ("적용하지 못했습니다. 키오스크는 이전 안내 정보를 그대로 씁니다. "
                           "이유: {reason}",
                           "Could not apply. The kiosk keeps the old directory. Why: {reason}"),
    "staff.rollback": ("이전 버전으로 되돌리기", "Roll back"),
    "staff.export": ("USB로 내보내기", "Export to USB"),
    "staff.exporting": ("USB로 내보내고 있습니다…", "Exporting to the USB stick…"),
    "staff.exported": ("USB에 내보냈습니다: {path}", "Exported to the USB stick: {path}"),
    "staff.export_failed": ("USB로 내보내지 못했습니다: {reason}",
                            "Could not export to the USB stick: {reason}"),
    "staff.versions.title": ("되돌릴 버전을 고르세요 (최근 5개)",
                             "Choose a version to go back to (last 5)"),
    "staff.more_below": ("▼ 아래에 더 있음", "▼ More below"),
    "staff.more_below.rows": ("▼ 아래에 {n}건 더", "▼ {n} more below"),
    "staff.versions.number": ("버전 {number}", "Version {number}"),
    "staff.versions.detail": ("{when} · 직원 {staff}명", "{when} · {staff} staff"),
    "staff.versions.current": ("지금 쓰는 버전", "in use"),
    "staff.versions.none": ("되돌릴 이전 버전이 없습니다", "No earlier version to go back to"),
    "staff.versions.back": ("돌아가기", "Back"),
    "staff.rolling_back": ("되돌리고 있습니다…", "Rolling back…"),
    "staff.rolled_back": ("버전 {version}(으)로 되돌렸습니다. 키오스크가 그 안내 정보를 보여 줍니다.",
                          "Rolled back to version {version}. The kiosk now shows it."),
    "staff.rollback_failed": ("되돌리지 못했습니다. 키오스크는 지금 안내 정보를 그대로 씁니다. "
                              "이유: {reason}",
                              "Could not roll back. The kiosk keeps its directory. Why: {reason}"),
    # python -m kiosk bundle ... (kiosk/cli/bundle.py)
    "bundle.cli.error": ("오류: {detail}", "error: {detail}"),
    "bundle.cli.no_folder": ("폴더가 없습니다: {path}. 묶음 폴더(kiosk-directory) 또는 그 폴더가 "
                             "든 USB 메모리의 경로를 주세요.",
                             "No such folder: {path}. Give the bundle folder (kiosk-directory) "
                             "or the stick that holds it."),
    "bundle.cli.exported": ("내보냈습니다: {path}", "Exported: {path}"),
    "bundle.cli.version_low": ("--version {version}은(는) 이 묶음에 전에 서명한 버전 {previous}보다 "
                               "커야 합니다. 더 큰 수를 쓰거나 --version 없이 서명하세요.",
                               "--version {version} must be higher than the version this bundle "
                               "was signed with before ({previous}); give a higher number, or "
                               "sign without --version."),
    "bundle.cli.signed": ("서명했습니다: {path} (버전 {version}, 파일 {files}개)",
                          "Signed: {path} (version {version}, {files} files)"),
    "bundle.cli.key_exists": ("{path}이(가) 이미 있습니다. 다른 이름을 쓰거나 그 파일을 옮기세요.",
                              "{path} already exists; choose another name or move it away."),
    "bundle.cli.keys_made": ("비밀 키: {private} (이 PC에만 보관하세요)\n"
                             "공개 키: {public} (키오스크 설정 bundle.public_key에 넣으세요)",
                             "Private key: {private} (keep it on this PC only)\n"
                             "Public key: {public} (put it in the kiosks' bundle.public_key "
                             "setting)"),
    "bundle.cli.applied": ("적용했습니다: 버전 {number}. 실행 중인 키오스크는 곧바로 보여 주고, 이용 "
                           "중인 방문객이 있으면 이용이 끝난 뒤에 보여 줍니다.",
                           "Applied: version {number}. A running kiosk shows it at once, or "
                           "when the visitor using it has finished."),
    "bundle.cli.no_version": ("버전 {number}이(가) 없습니다. 보관된 버전: {kept}",
                              "There is no version {number}. Kept versions: {kept}"),
    "bundle.cli.nothing_earlier": ("되돌릴 이전 버전이 없습니다. 'bundle versions'로 보관된 버전을 "
                                   "확인하세요.",
                                   "There is no earlier version to roll back to; see 'bundle "
                                   "versions' for the kept ones."),
    "bundle.cli.rolled_back": ("버전 {number}(으)로 되돌렸습니다. 실행 중인 키오스크는 곧바로 보여 "
                               "주고, 이용 중인 방문객이 있으면 이용이 끝난 뒤에 보여 줍니다.",
                               "Rolled back to version {number}. A running kiosk shows it at "
                               "once, or when the visitor using it has finished."),
    "bundle.cli.no_versions": ("적용한 묶음이 없습니다.", "No bundle has been applied."),
    "bundle.cli.signed_version": ("서명 버전 {version}", "signed version {version}"),
}


def _join(*parts: dict[str, tuple[str, str]]) -> None:
    """Each feature's strings live in a module of their own; a key given twice is an error,
    not a silent replacement."""
    for part in parts:
        twice = STRINGS.keys() & part.keys()
        if twice:
            raise ValueError(f"strings given twice: {', '.join(sorted(twice))}")
        STRINGS.update(part)


_join(REPORT_STRINGS, CHARTER_STRINGS, MESSAGE_STRINGS, BUNDLE_MEANING, VISIT_STRINGS,
      BUNDLE_APPLY, CARD_STRINGS, ROUTE_STEP_STRINGS, SIGN_STRINGS, BUNDLE_WORDS,
      GUIDE_STRINGS)
_join(REACH_STRINGS, STEP_MARK_STRINGS)
_join(IN_CHARGE_STRINGS)
_join(OFFICE_TIME_STRINGS, CALL_REFUSAL_STRINGS, CONSOLE_REASON_STRINGS, STAFF_PIN_CLI_STRINGS)
_join(DEPARTMENT_ENTRY_STRINGS)
_join(CONSOLE_DUE_STRINGS, CONSOLE_DURATION_STRINGS)
_join(CHANGE_VALUE_STRINGS)
_join(REPORT_VALUE_STRINGS)
_join(KEY_STRINGS)
_join(EARLIER_CALL_STRINGS)
_join(SEARCH_TWIN_STRINGS)

KIND_LABELS = {
    "rooms": "kind.rooms",
    "departments": "kind.departments",
    "staff": "kind.staff",
    "services": "kind.services",
    "amenities": "kind.amenities",
}


def tr(key: str, lang: str, **values: object) -> str:
    """The string in `lang`, its {values} filled; in Korean each particle written with both
    forms ("버전 {number}(으)로") takes the one the word before it needs ("버전 3으로")."""
    ko, en = STRINGS[key]
    if lang == "en":
        return en.format(**values) if values else en
    return particles(ko.format(**values) if values else ko)
