"""Visible strings of the charter's pages: service windows, pledges, opening hours, notices
and events (merged into STRINGS by strings.py)."""
from __future__ import annotations

CHARTER_STRINGS: dict[str, tuple[str, str]] = {
    # home
    "home.hours": ("이용시간·공지·행사", "Hours, notices, events"),
    "home.tables": ("창구·연락처", "Service windows"),
    "home.tables.sub": ("부서·담당자·전화·팩스, 불만 접수", "Departments, people, phone, fax, "
                        "complaints"),
    "home.pledges": ("서비스 헌장", "Our service pledges"),
    "home.pledges.sub": ("도서관이 드리는 약속", "What the library promises you"),
    "home.today": ("오늘 {name} {hours}", "{name} today: {hours}"),
    "home.today.closed": ("오늘 {name} 휴관", "{name} closed today"),
    # opening hours
    "hours.today": ("오늘 {hours}", "Today {hours}"),
    "hours.today.closed": ("오늘 휴관", "Closed today"),
    "hours.open_now": ("지금 열려 있습니다", "open now"),
    "hours.opens_at": ("{time}에 엽니다", "opens at {time}"),
    "hours.over": ("오늘 운영이 끝났습니다", "closed for the rest of today"),
    "hours.next": ("다음 운영: {when}", "opens next {when}"),
    "hours.no_next": ("14일 안에 정해진 운영일이 없습니다. 안내데스크 {phone}에 물어보세요",
                      "no opening known in the next 14 days; ask the information desk, "
                      "{phone}"),
    "hours.closed": ("휴관", "closed"),  # after a day's name: "Mon closed"
    "hours.title": ("이용시간", "Opening hours"),
    "hours.closed_days": ("휴관일", "Closed days"),
    "hours.none": ("이용시간이 등록되어 있지 않습니다. 안내데스크 {phone}에 물어보세요.",
                   "No opening hours are on record; ask the information desk, {phone}."),
    # Korean days in full wherever hours are told ("화요일 09:00"): one letter read as
    # shorthand ("화 09:00"), where the English has its usual three letters.
    "day.mon": ("월요일", "Mon"),
    "day.tue": ("화요일", "Tue"),
    "day.wed": ("수요일", "Wed"),
    "day.thu": ("목요일", "Thu"),
    "day.fri": ("금요일", "Fri"),
    "day.sat": ("토요일", "Sat"),
    "day.sun": ("일요일", "Sun"),
    # notices and events
    "notices.title": ("이용시간·공지·행사", "Hours, notices and events"),
    "notices.notices": ("공지사항", "Notices"),
    "notices.none": ("지금 게시된 공지가 없습니다.", "No notices at the moment."),
    "notices.events": ("{month} 행사", "Events in {month}"),
    "notices.no_events": ("이달에 남은 행사가 없습니다.", "No more events this month."),
    "notices.place": ("장소: {place}", "Where: {place}"),
    # service windows
    "tables.title": ("창구·연락처", "Service windows and contacts"),
    "tables.intro": ("민원행정실명제: 서비스마다 담당 부서, 담당자, 연락처를 알려 드립니다.",
                     "Every service names its department, the person in charge and how to "
                     "reach them."),
    "tables.services": ("서비스별 접수 창구", "Service windows"),
    "tables.complaints": ("불만 접수 창구 (불친절 신고 포함)",
                          "Complaints (unkind service included)"),
    "tables.department": ("담당 부서 {name}", "Department: {name}"),
    "tables.person": ("담당자 {name} {position}", "In charge: {name}, {position}"),
    "tables.phone": ("전화 {number}", "Phone {number}"),
    "tables.fax": ("팩스 {number}", "Fax {number}"),
    "tables.step": ("{name}: 법정 {legal}, 권고 {recommended}, 수수료 {fee}",
                    "{name}: legal {legal}, target {recommended}, fee {fee}"),
    "tables.none": ("등록된 창구가 없습니다. 안내데스크 {phone}에 물어보세요.",
                    "No service windows are on record; ask the information desk, {phone}."),
    # the staff screen's preview of an update
    "staff.table.pledges": ("헌장 약속", "Pledges"),
    "staff.table.hours": ("이용시간", "Opening hours"),
    "staff.table.closed_days": ("휴관일", "Closed days"),
    "staff.table.notices": ("공지·행사", "Notices and events"),
    # pledges
    # a service's processing time, as a sentence of each language
    "card.step_times": ("법정 {legal}, 권고 {target}, 수수료 {fee}",
                        "By law: {legal} · Our target: {target} · Fee: {fee}"),
    "pledges.title": ("서비스 헌장", "Our service pledges"),  # as the home tile says
    "pledges.none": ("등록된 헌장이 없습니다.", "No charter is on record."),
}
