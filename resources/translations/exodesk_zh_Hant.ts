<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../exodesk/gui/commands.py" line="30" />
            <source>Edit notes</source>
            <translation>編輯筆記</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/commands.py" line="62" />
            <source>Edit %s</source>
            <translation>編輯 %s</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/commands.py" line="84" />
            <source>Move to trash</source>
            <translation>移到垃圾桶</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/commands.py" line="82" />
            <source>Restore from trash</source>
            <translation>從垃圾桶復原</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/commands.py" line="88" />
            <source>Complete from Crossref / PubMed</source>
            <translation>從 Crossref / PubMed 補全</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/commands.py" line="113" />
            <source>Suggest from abstract</source>
            <translation>從摘要提出建議</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="36" />
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="37" />
            <source>Authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="38" />
            <source>Journal</source>
            <translation>期刊</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="39" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="40" />
            <source>Volume</source>
            <translation>卷</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="41" />
            <source>Issue</source>
            <translation>期</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="42" />
            <source>Pages</source>
            <translation>頁碼</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="43" />
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="44" />
            <source>PMID</source>
            <translation>PMID</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="45" />
            <source>PMCID</source>
            <translation>PMCID</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="46" />
            <source>Publication type</source>
            <translation>文獻類型</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="47" />
            <source>Keywords</source>
            <translation>關鍵詞</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="214" />
            <source>Fill in…</source>
            <translation>填寫…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="222" />
            <source>Show Simplified Chinese in Traditional characters (Hong Kong)</source>
            <translation>以繁體字（香港）顯示簡體中文</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="240" />
            <source>Figure captions</source>
            <translation>圖表說明</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="241" />
            <source>References</source>
            <translation>參考文獻</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="245" />
            <source>Details</source>
            <translation>詳細資料</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="257" />
            <source>Family, Given; Family, Given; …</source>
            <translation>姓, 名; 姓, 名; …</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="258" />
            <source>Separate keywords with ;</source>
            <translation>關鍵詞之間以 ; 分隔</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="274" />
            <source>(no title)</source>
            <translation>（沒有標題）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="279" />
            <source>et al.</source>
            <translation>等</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="283" />
            <source>vol. %s</source>
            <translation>第 %s 卷</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="284" />
            <source>no. %s</source>
            <translation>第 %s 期</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="300" />
            <source>Read from: %s</source>
            <translation>資料來源檔案：%s</translation>
        </message>
        <message>
            <source>Notes last changed by %1</source>
            <translation>筆記最後由 %1 修改</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="307" />
            <source>Missing: type it in</source>
            <translation>缺少資料：請在此輸入</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="309" />
            <source>The source did not give: %s.</source>
            <translation>來源沒有提供：%s。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="309" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="324" />
            <location filename="../../exodesk/gui/detail.py" line="333" />
            <source>Machine translation</source>
            <translation>機器翻譯</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="325" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="325" />
            <source>No English abstract</source>
            <translation>沒有英文摘要</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="327" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="331" />
            <source>Chinese (Simplified)</source>
            <translation>中文（簡體）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="331" />
            <source>Chinese (Traditional)</source>
            <translation>中文（繁體）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="338" />
            <source>Chinese (Traditional, Hong Kong)</source>
            <translation>中文（繁體，香港）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="339" />
            <source>Converted from Simplified by ExoDesk</source>
            <translation>由 ExoDesk 從簡體轉換</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="342" />
            <source>No Chinese abstract</source>
            <translation>沒有中文摘要</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="381" />
            <source>Not a date ExoDesk can read; try 2024-07-16, 2024-07 or 2024.</source>
            <translation>ExoDesk 無法讀取這個日期；請輸入例如 2024-07-16、2024-07 或 2024。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="217" />
            <source>Complete from Crossref / PubMed…</source>
            <translation>從 Crossref / PubMed 補全…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="454" />
            <source>Not saved yet: %s</source>
            <translation>尚未儲存：%s</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="319" />
            <source>Too long to edit here: %1 characters</source>
            <translation>太長，無法在此編輯：共 %1 個字元</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="275" />
            <source>Show &amp;Sources</source>
            <translation>顯示來源(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="370" />
            <source>Source: not recorded</source>
            <translation>來源：沒有紀錄</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="372" />
            <source>Source: typed by a person</source>
            <translation>來源：由人手輸入</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="373" />
            <source>Source: %1</source>
            <translation>來源：%1</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/detail.py" line="359" />
            <source>Too long to edit here: %1 entries</source>
            <translation>太長，無法在此編輯：共 %1 項</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="18" />
            <source>Any condition</source>
            <translation>所有病症</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="19" />
            <source>Any design</source>
            <translation>所有研究設計</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="20" />
            <source>Any level</source>
            <translation>所有證據等級</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="21" />
            <source>Any tag</source>
            <translation>所有標籤</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="23" />
            <source>Any language</source>
            <translation>所有語言</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="23" />
            <source>English abstract</source>
            <translation>英文摘要</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="24" />
            <source>Chinese abstract</source>
            <translation>中文摘要</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="24" />
            <source>Simplified Chinese</source>
            <translation>簡體中文</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="25" />
            <source>Traditional Chinese</source>
            <translation>繁體中文</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="27" />
            <source>Abstract language</source>
            <translation>摘要語言</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="29" />
            <source>Published in or after</source>
            <translation>於此年或之後發表</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="30" />
            <source>Published in or before</source>
            <translation>於此年或之前發表</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="31" />
            <source>Needs review</source>
            <translation>需要覆核</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="32" />
            <source>Papers whose notes hold unconfirmed suggestions</source>
            <translation>筆記中有未確認建議的文獻</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="35" />
            <source>Clear filters</source>
            <translation>清除篩選</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="42" />
            <source>Years</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="61" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/filter_bar.py" line="71" />
            <source>Level %s</source>
            <translation>第 %s 級</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="24" />
            <source>imported</source>
            <translation>已匯入</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="25" />
            <source>merged</source>
            <translation>已合併</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="26" />
            <source>already in the library</source>
            <translation>已在文獻庫中</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="27" />
            <source>refused</source>
            <translation>未能匯入</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="35" />
            <source>Import report</source>
            <translation>匯入報告</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="40" />
            <source>nothing imported</source>
            <translation>沒有匯入任何檔案</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="40" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="41" />
            <source>Files: %1 — %2</source>
            <translation>檔案：%1 個 — %2</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="43" />
            <source>cancelled before the end</source>
            <translation>未完成便已取消</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="48" />
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="48" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="48" />
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="64" />
            <source>&amp;Copy Report</source>
            <translation>複製報告(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="47" />
            <source>The details of each file are given in English.</source>
            <translation>各檔案的詳情以英文列出。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="40" />
            <source>imported with gaps</source>
            <translation>已匯入（資料不全）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="69" />
            <source>All files (%1)</source>
            <translation>全部檔案（%1）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="74" />
            <source>&amp;Show:</source>
            <translation>顯示(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="97" />
            <source>Show &amp;Paper</source>
            <translation>顯示文獻(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/import_report.py" line="98" />
            <source>Select in the library the papers this file brought in</source>
            <translation>在文獻庫中選取此檔案帶入的文獻</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../exodesk/gui/main_window.py" line="160" />
            <source>This library is open in another ExoDesk window that does not answer, so it is open here read-only: you can read and search, but not change anything.</source>
            <translation>這個文獻庫已在另一個沒有回應的 ExoDesk 視窗中開啟，所以這裏以唯讀方式開啟：你可以閱讀和搜尋，但不能作任何修改。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/main_window.py" line="186" />
            <source>(read-only)</source>
            <translation>（唯讀）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/main_window.py" line="303" />
            <source>Papers in the trash: %1</source>
            <translation>垃圾桶內的文獻：%1 篇</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/main_window.py" line="305" />
            <source>Papers shown: %1 of %2</source>
            <translation>顯示文獻：%1 篇（共 %2 篇）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/main_window.py" line="309" />
            <source>selected: %1</source>
            <translation>已選取：%1 篇</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/main_window.py" line="414" />
            <source>About ExoDesk</source>
            <translation>關於 ExoDesk</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/main_window.py" line="415" />
            <source>&lt;h3&gt;ExoDesk %1&lt;/h3&gt;&lt;p&gt;A reference manager for a clinic: bilingual abstracts, evidence notes and patient handouts.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ExoDesk %1&lt;/h3&gt;&lt;p&gt;診所用的文獻管理程式：中英雙語摘要、證據筆記及病人資料單張。&lt;/p&gt;&lt;p&gt;文獻庫：%2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>NotesEditor</name>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="71" />
            <source>Evidence notes</source>
            <translation>證據筆記</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="77" />
            <source>Suggested values are marked: check them, then confirm.</source>
            <translation>建議的內容已標示：請核對後確認。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="79" />
            <source>Confirm all</source>
            <translation>全部確認</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="90" />
            <source>number of patients</source>
            <translation>病人數目</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="92" />
            <source>e.g. systemic-sclerosis, acne-scars</source>
            <translation>例如 systemic-sclerosis, acne-scars</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="99" />
            <source>comma-separated</source>
            <translation>以逗號分隔</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="104" />
            <source>Study design</source>
            <translation>研究設計</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="105" />
            <source>Evidence level</source>
            <translation>證據等級</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="106" />
            <source>Patients</source>
            <translation>病人數目</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="107" />
            <source>Conditions</source>
            <translation>病症</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="108" />
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="109" />
            <source>Adverse events</source>
            <translation>不良反應</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="110" />
            <source>Plain summary (English)</source>
            <translation>淺白摘要（英文）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="111" />
            <source>Plain summary (Chinese)</source>
            <translation>淺白摘要（中文）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="112" />
            <source>Notes</source>
            <translation>筆記</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="113" />
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="119" />
            <source>Confirm</source>
            <translation>確認</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="120" />
            <source>Confirm this suggestion</source>
            <translation>確認這項建議</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="217" />
            <source>Saved %s</source>
            <translation>已於 %s 儲存</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="223" />
            <source>Suggested from: %s</source>
            <translation>建議依據：%s</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="236" />
            <source>Editing…</source>
            <translation>編輯中…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="249" />
            <source>Saved</source>
            <translation>已儲存</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="79" />
            <source>Suggest from abstract</source>
            <translation>從摘要提出建議</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="81" />
            <source>Fill the empty fields with values read from the title and abstract, marked as suggestions until you confirm them</source>
            <translation>以標題及摘要中讀到的內容填入空白欄位，在你確認前會標示為建議</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="273" />
            <source>Suggested: the abstract's own words</source>
            <translation>建議：摘要原文</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="276" />
            <source>Suggested from: “%s”</source>
            <translation>建議依據：「%s」</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="276" />
            <source>Suggested</source>
            <translation>建議</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="311" />
            <source>Not saved yet: %s. What you typed stays here and ExoDesk tries again.</source>
            <translation>尚未儲存：%s。你輸入的內容會留在這裏，ExoDesk 會再嘗試儲存。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="114" />
            <source>what the people were given</source>
            <translation>參加者接受了甚麼</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="116" />
            <source>what was measured, in a few words</source>
            <translation>量度了甚麼，用幾個字說明</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="121" />
            <source>how many had the outcome</source>
            <translation>有多少人出現這個結果</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="136" />
            <source>Intervention</source>
            <translation>介入措施</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="1" />
            <source>Outcome measured</source>
            <translation>量度的結果</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="138" />
            <source>Outcome (Chinese)</source>
            <translation>量度的結果（中文）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="139" />
            <source>Result</source>
            <translation>研究結果</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/notes_editor.py" line="140" />
            <source>People with the outcome</source>
            <translation>出現結果的人數</translation>
        </message>
    </context>
    <context>
        <name>PaperTable</name>
        <message>
            <location filename="../../exodesk/gui/table.py" line="18" />
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/table.py" line="19" />
            <source>First author</source>
            <translation>第一作者</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/table.py" line="20" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/table.py" line="21" />
            <source>Journal</source>
            <translation>期刊</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/table.py" line="22" />
            <source>Study design</source>
            <translation>研究設計</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/table.py" line="23" />
            <source>Evidence level</source>
            <translation>證據等級</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/table.py" line="24" />
            <source>Conditions</source>
            <translation>病症</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/table.py" line="25" />
            <source>Languages</source>
            <translation>語言</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/table.py" line="26" />
            <source>Added</source>
            <translation>加入日期</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/table.py" line="93" />
            <source>(no title)</source>
            <translation>（沒有標題）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="27" />
            <source>Preferences</source>
            <translation>偏好設定</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="31" />
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="38" />
            <source>As the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="49" />
            <source>e.g. The clinic offers this treatment.</source>
            <translation>例如：本診所提供這項治療。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="52" />
            <location filename="../../exodesk/gui/preferences.py" line="72" />
            <source>Library file</source>
            <translation>文獻庫檔案</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="53" />
            <source>Interface language</source>
            <translation>介面語言</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="54" />
            <source>Clinic name</source>
            <translation>診所名稱</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="55" />
            <source>Clinic contact</source>
            <translation>診所聯絡資料</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="56" />
            <source>Interest statement</source>
            <translation>利益申報</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="57" />
            <source>The clinic details appear on patient handouts. A new library location or language takes effect when ExoDesk starts again.</source>
            <translation>診所資料會印在病人資料單張上。更改文獻庫位置或介面語言，會在下次啟動 ExoDesk 時生效。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/preferences.py" line="73" />
            <source>ExoDesk library (*.sqlite)</source>
            <translation>ExoDesk 文獻庫 (*.sqlite)</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Handout Wording</source>
            <translation>單張字句</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="13" />
            <source>(no title)</source>
            <translation>（沒有標題）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="28" />
            <source>Study design</source>
            <translation>研究設計</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="29" />
            <source>Evidence level</source>
            <translation>證據等級</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="30" />
            <source>Patients</source>
            <translation>病人數目</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="31" />
            <source>Conditions</source>
            <translation>病症</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="32" />
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="33" />
            <source>Adverse events</source>
            <translation>不良反應</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="34" />
            <source>Plain summary (English)</source>
            <translation>淺白摘要（英文）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="35" />
            <source>Plain summary (Chinese)</source>
            <translation>淺白摘要（中文）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="36" />
            <source>Notes</source>
            <translation>筆記</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="37" />
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="41" />
            <source>Evidence notes</source>
            <translation>證據筆記</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/printing.py" line="33" />
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>CompletionDialog</name>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="26" />
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="27" />
            <source>Authors</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="28" />
            <source>Journal</source>
            <translation>期刊</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="29" />
            <source>Journal abbreviation</source>
            <translation>期刊縮寫</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="30" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="31" />
            <source>Volume</source>
            <translation>卷</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="32" />
            <source>Issue</source>
            <translation>期</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="33" />
            <source>Pages</source>
            <translation>頁碼</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="34" />
            <source>DOI</source>
            <translation>DOI</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="35" />
            <source>PMID</source>
            <translation>PMID</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="36" />
            <source>PMCID</source>
            <translation>PMCID</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="37" />
            <source>ISSN</source>
            <translation>ISSN</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="38" />
            <source>Publisher</source>
            <translation>出版商</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="39" />
            <source>Publication type</source>
            <translation>文獻類型</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="40" />
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="41" />
            <source>Keywords</source>
            <translation>關鍵詞</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="42" />
            <source>Affiliations</source>
            <translation>作者單位</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="53" />
            <source>Abstract (%1)</source>
            <translation>摘要（%1）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="59" />
            <source>(empty)</source>
            <translation>（空白）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="70" />
            <source>ExoDesk could not reach %1: you seem to be offline.</source>
            <translation>ExoDesk 無法連接 %1：你似乎未連接互聯網。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="76" />
            <source>%1 did not answer in time; try again later.</source>
            <translation>%1 未能及時回應，請稍後再試。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="78" />
            <source>ExoDesk reached %1 but could not make a secure connection: the computer's clock, a proxy or a security program may be in the way.</source>
            <translation>ExoDesk 已連接 %1，但未能建立安全連線：可能是電腦的時鐘、代理伺服器或保安程式造成阻礙。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="72" />
            <source>%1 has no record of %2.</source>
            <translation>%1 沒有 %2 的紀錄。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="74" />
            <source>%1 answered with an error (%2); try again later.</source>
            <translation>%1 回覆錯誤（%2）；請稍後再試。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="76" />
            <source>%1's answer could not be read.</source>
            <translation>無法讀取 %1 的回覆。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="83" />
            <source>%1 had nothing to add: the fields it knows are filled already.</source>
            <translation>%1 沒有可補充的資料：它所知的欄位都已填好。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="84" />
            <source> and </source>
            <translation> 及 </translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="88" />
            <source>The online record names another paper (a different DOI or PMID), so it was not used.</source>
            <translation>網上紀錄屬於另一篇文獻（DOI 或 PMID 不同），因此沒有採用。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="90" />
            <source>This paper has no DOI or PubMed id to look up.</source>
            <translation>這篇文獻沒有可供查詢的 DOI 或 PubMed 編號。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="91" />
            <source>Nothing was changed.</source>
            <translation>沒有更改任何資料。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="97" />
            <source>Complete from Crossref / PubMed</source>
            <translation>從 Crossref / PubMed 補全</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="99" />
            <source>%1 can fill these empty fields. Untick any you do not want; nothing already filled or typed by a person is changed.</source>
            <translation>%1 可以填寫以下空白欄位。不需要的請取消勾選；已填好或由人手輸入的資料不會被更改。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="104" />
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="104" />
            <source>Now</source>
            <translation>現時</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="104" />
            <source>Proposed</source>
            <translation>建議</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="104" />
            <source>From</source>
            <translation>來源</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completion_dialog.py" line="125" />
            <source>Fill Ticked Fields</source>
            <translation>填寫已勾選的欄位</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Patient handout</source>
            <translation>病人資料單張</translation>
        </message>
        <message>
            <source>Any name, synonym or abbreviation (English or 中文)</source>
            <translation>任何名稱、同義詞或縮寫（英文或中文）</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter（美國信紙）</translation>
        </message>
        <message>
            <source>Papers on the sheet</source>
            <translation>單張引用的文獻</translation>
        </message>
        <message>
            <source>Clinician's name</source>
            <translation>醫生姓名</translation>
        </message>
        <message>
            <source>I have reviewed this sheet and approve it</source>
            <translation>本人已審閱並批准此單張</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>檢查</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>病症</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>紙張大小</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存為 PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Finding the papers linked to this condition…</source>
            <translation>正在尋找與此病症相關的文獻…</translation>
        </message>
        <message>
            <source>Drawing the pages…</source>
            <translation>正在繪製頁面…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>共 %n 頁</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent to the printer and recorded in the handout history.</source>
            <translation>已送往打印機，並記錄在單張紀錄中。</translation>
        </message>
        <message>
            <source>Sent to the printer, but not recorded in the handout history: %1. The sheet is kept here: print or save it again to record it.</source>
            <translation>已送往打印機，但未記錄在單張紀錄中：%1。單張仍保留在此：再次列印或儲存即可記錄。</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Traditional Chinese</source>
            <translation>繁體中文</translation>
        </message>
        <message>
            <source>English and Traditional Chinese</source>
            <translation>英文及繁體中文</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>文獻</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>研究設計</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>證據等級</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人數</translation>
        </message>
        <message>
            <source>Linked by</source>
            <translation>連結來源</translation>
        </message>
        <message>
            <source>Rows marked “suggestion” are linked to the condition only by ExoDesk's suggestion, or rest on values nobody has confirmed yet; the sheet is a draft while it uses them.</source>
            <translation>標示為「建議」的文獻只由 ExoDesk 建議與此病症相關，或其資料尚未經人確認；單張使用這些文獻時屬於草稿。</translation>
        </message>
        <message>
            <source>No paper in the library is linked to this condition: the sheet says that no studies were found.</source>
            <translation>文獻庫中沒有與此病症相關的文獻：單張會說明找不到研究。</translation>
        </message>
        <message>
            <source>Draft — not yet reviewed by a clinician. This line prints on every page until the suggestions are confirmed in the notes or a clinician approves the sheet.</source>
            <translation>草稿 — 尚未經醫生審閱。在筆記中的建議獲確認或醫生批准單張之前，每頁都會印上這一行。</translation>
        </message>
        <message>
            <source>Reading grade: not measured (no formula is validated for Chinese).</source>
            <translation>閱讀程度：未量度（中文沒有經驗證的公式）。</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>未記錄</translation>
        </message>
        <message>
            <source>suggestion</source>
            <translation>建議</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>筆記</translation>
        </message>
        <message>
            <source>The handout could not be made: %1</source>
            <translation>無法製作單張：%1</translation>
        </message>
        <message>
            <source>Every value on the sheet was confirmed by a person.</source>
            <translation>單張上每項資料都已經人確認。</translation>
        </message>
        <message>
            <source>No warnings.</source>
            <translation>沒有警告。</translation>
        </message>
        <message>
            <source>Saved to %1 and recorded in the handout history.</source>
            <translation>已儲存至 %1，並記錄在單張紀錄中。</translation>
        </message>
        <message>
            <source>Saved to %1, but not recorded in the handout history: %2. The sheet is kept here: save or print it again to record it.</source>
            <translation>已儲存至 %1，但未記錄在單張紀錄中：%2。單張仍保留在此：再次儲存或列印即可記錄。</translation>
        </message>
        <message>
            <source>%1. Without the approval it can be saved or printed as a draft.</source>
            <translation>%1。不批准的話，單張仍可作為草稿儲存或列印。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存為 PDF</translation>
        </message>
        <message>
            <source>No condition in the vocabulary is called “%1”.</source>
            <translation>詞彙表中沒有名為「%1」的病症。</translation>
        </message>
        <message>
            <source>Not yet confirmed by a person: %1</source>
            <translation>尚未經人確認：%1</translation>
        </message>
        <message>
            <source>the link to this condition</source>
            <translation>與此病症的連結</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>（沒有標題）</translation>
        </message>
        <message>
            <source>Approved by %1: the sheet prints without the draft line.</source>
            <translation>由 %1 批准：單張列印時不會有草稿字樣。</translation>
        </message>
        <message>
            <source>Reading grade of the English text: %1 — above grade 8: simplify the wording.</source>
            <translation>英文內容的閱讀程度：%1 — 高於第 8 級，請簡化用字。</translation>
        </message>
        <message>
            <source>Reading grade of the English text: %1 (grade 8 or lower is the aim).</source>
            <translation>英文內容的閱讀程度：%1（目標為第 8 級或以下）。</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>無法寫入檔案：%1</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/handout_dialog.py" line="56" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/handout_dialog.py" line="57" />
            <source>borderline: not printed</source>
            <translation>邊緣：不列印</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/handout_dialog.py" line="58" />
            <source>no: not printed</source>
            <translation>否：不列印</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/handout_dialog.py" line="111" />
            <source>On topic?</source>
            <translation>切題？</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/handout_dialog.py" line="392" />
            <source>Draft — it cannot be approved until the points marked “settle first” below are settled. The draft line prints on every page.</source>
            <translation>草稿 — 須先處理下面標示「須先處理」的事項才可批准。每頁都會印上草稿字樣。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/handout_dialog.py" line="397" />
            <source>Draft — nothing blocks approval: a clinician who has read the sheet may approve it.</source>
            <translation>草稿 — 沒有事項阻止批准：看過單張的臨床醫生可以批准。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/handout_dialog.py" line="407" />
            <source>Certainty: %1 (%2)</source>
            <translation>確定程度：%1（%2）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/handout_dialog.py" line="424" />
            <source>Settle first: %1</source>
            <translation>須先處理：%1</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/handout_dialog.py" line="1" />
            <source>; </source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>HandoutHistory</name>
        <message>
            <source>Handout history</source>
            <translation>單張紀錄</translation>
        </message>
        <message>
            <source>Reprints are the recorded PDF, byte for byte: the sheet as it was made, with its date. Make a new handout to use today's notes.</source>
            <translation>重印的是記錄下來的 PDF，與當時製作的單張（包括日期）完全相同。如要使用今天的筆記，請製作新單張。</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>儲存 PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>病症</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>製作時間</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>覆核日期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>past its review-by date</source>
            <translation>已過覆核日期</translation>
        </message>
        <message numerus="yes">
            <source>notes changed since: %n paper(s)</source>
            <translation>
                <numerusform>之後筆記有更改：%n 篇文獻</numerusform>
            </translation>
        </message>
        <message>
            <source>not approved (draft)</source>
            <translation>未批准（草稿）</translation>
        </message>
        <message>
            <source>current</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>儲存 PDF</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>無法寫入檔案：%1</translation>
        </message>
    </context>
    <context>
        <name>HandoutOutput</name>
        <message>
            <source>Print handout</source>
            <translation>列印單張</translation>
        </message>
        <message>
            <source>Save handout as PDF</source>
            <translation>將單張另存為 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>無法啟動打印機。</translation>
        </message>
    </context>
    <context>
        <name>WordingPage</name>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Traditional Chinese</source>
            <translation>繁體中文</translation>
        </message>
        <message>
            <source>Checked today</source>
            <translation>今天已核對</translation>
        </message>
        <message>
            <source>Reset to Shipped Wording</source>
            <translation>還原為原裝字句</translation>
        </message>
        <message>
            <source>Wording for</source>
            <translation>字句語言</translation>
        </message>
        <message>
            <source>Last checked by a clinician</source>
            <translation>醫生最後核對日期</translation>
        </message>
        <message>
            <source>Regulatory statements
(empty line between paragraphs)</source>
            <translation>監管說明
（段落之間空一行）</translation>
        </message>
        <message>
            <source>Regulatory facts checked on</source>
            <translation>監管資料核對日期</translation>
        </message>
        <message>
            <source>Registration not known</source>
            <translation>未知註冊狀況時</translation>
        </message>
        <message>
            <source>Registration known</source>
            <translation>已知註冊狀況時</translation>
        </message>
        <message>
            <source>Before the questions</source>
            <translation>問題前的說明</translation>
        </message>
        <message>
            <source>Questions to ask
(one per line)</source>
            <translation>可問醫生的問題
（每行一條）</translation>
        </message>
        <message>
            <source>Usual treatments for</source>
            <translation>常用治療：病症</translation>
        </message>
        <message>
            <source>(one per line)</source>
            <translation>（每行一項）</translation>
        </message>
        <message>
            <source>Words in braces, like {date} or {registration}, are filled in by ExoDesk. Keep sentences short, and never write proven, cure, safe or guaranteed.</source>
            <translation>大括號中的字，例如 {date} 或 {registration}，由 ExoDesk 填上。句子要簡短，切勿寫「證實有效」、「根治」、「安全」或「保證」。</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未儲存：%1</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/wording_page.py" line="85" />
            <source>How the treatment is given here, how many sessions and what it costs. Empty: the sheet asks patients to ask you.</source>
            <translation>本診所如何進行治療、需要多少次療程及費用。留空：單張會請病人向你查詢。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/wording_page.py" line="115" />
            <source>At this clinic
(sessions, cost)</source>
            <translation>本診所
（療程、費用）</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from Backup</source>
            <translation>從備份還原</translation>
        </message>
        <message>
            <source>ExoDesk cannot open your library:</source>
            <translation>ExoDesk 無法開啟你的文獻庫：</translation>
        </message>
        <message>
            <source>Choose a backup to put in the library's place. The library as it is now is kept in the backups folder, so nothing is lost.</source>
            <translation>請選擇一個備份取代現有文獻庫。現有的文獻庫會保留在備份資料夾內，不會遺失任何資料。</translation>
        </message>
        <message>
            <source>(set aside by an earlier restore)</source>
            <translation>（之前還原時保留的檔案）</translation>
        </message>
        <message>
            <source>There are no backups of this library yet.</source>
            <translation>這個文獻庫還沒有備份。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>還原</translation>
        </message>
    </context>
    <context>
        <name>ConditionsField</name>
        <message>
            <location filename="../../exodesk/gui/conditions.py" line="74" />
            <source>Add a condition: type any name, e.g. SSc, 硬皮病</source>
            <translation>加入病症：輸入任何名稱，例如 SSc、硬皮病</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/conditions.py" line="118" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/conditions.py" line="162" />
            <source>No condition by that name in the vocabulary</source>
            <translation>病症詞彙中沒有這個名稱</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="28" />
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="32" />
            <source>Selected papers (%1)</source>
            <translation>已選取的文獻（%1 篇）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="33" />
            <source>Papers shown by the search and filters (%1)</source>
            <translation>搜尋及篩選顯示的文獻（%1 篇）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="34" />
            <source>The whole library (%1)</source>
            <translation>整個文獻庫（%1 篇）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="51" />
            <source>RIS — EndNote, Zotero, Mendeley, Reference Manager</source>
            <translation>RIS — EndNote、Zotero、Mendeley、Reference Manager</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="52" />
            <source>BibTeX — LaTeX, JabRef</source>
            <translation>BibTeX — LaTeX、JabRef</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="53" />
            <source>CSL-JSON — Zotero, citation processors</source>
            <translation>CSL-JSON — Zotero、引文處理程式</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="54" />
            <source>CSV — Excel and other spreadsheets (UTF-8, Chinese kept)</source>
            <translation>CSV — Excel 及其他試算表（UTF-8，保留中文）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="61" />
            <source>Papers</source>
            <translation>文獻</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="62" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/export_dialog.py" line="64" />
            <source>Export…</source>
            <translation>匯出…</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../exodesk/gui/language.py" line="15" />
            <source>en</source>
            <translation>zh-Hant</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../exodesk/gui/app.py" line="128" />
            <source>ExoDesk met an unexpected error. What was saved is in your library; edits not saved yet are kept beside it and offered at the next start.
Details were written to:
{0}</source>
            <translation>ExoDesk 遇到意外錯誤。已儲存的內容都在你的文獻庫中；尚未儲存的修改另外保存，下次開啟時會再提供給你。
詳情已寫入：
{0}</translation>
        </message>
    </context>
    <context>
        <name>UnsavedEdits</name>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="121" />
            <source>Show…</source>
            <translation>查看…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="122" />
            <source>What is not saved yet: try again now, or discard it</source>
            <translation>尚未儲存的內容：立即再試，或捨棄</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="157" />
            <source>the library file was replaced by another program; ExoDesk is opening it again</source>
            <translation>文獻庫檔案已被另一個程式替換；ExoDesk 正在重新開啟</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="187" />
            <source>the paper is no longer in the library</source>
            <translation>這篇文獻已不在文獻庫中</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="227" />
            <source>Not done: the library file was replaced by another program (a restore?). ExoDesk is opening it again; then do it again.</source>
            <translation>未完成：文獻庫檔案已被另一個程式替換（是否還原了備份？）。ExoDesk 正在重新開啟，之後請再做一次。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="270" />
            <source>the library file is gone from %s</source>
            <translation>文獻庫檔案已不在 %s</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="275" />
            <source>the library file was replaced and cannot be opened (%s)</source>
            <translation>文獻庫檔案已被替換，且無法開啟（%s）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="288" />
            <source>The library file was replaced by another program (a restore from a backup?). ExoDesk opened it again: the window shows it as it is now.</source>
            <translation>文獻庫檔案已被另一個程式替換（是否從備份還原？）。ExoDesk 已重新開啟：視窗顯示的是它現在的內容。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="299" />
            <source>Nothing can be saved now: %s.</source>
            <translation>現在無法儲存任何內容：%s。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="304" />
            <source>Not saved yet: an edit to one paper (%1).</source>
            <translation>尚未儲存：一篇文獻的修改（%1）。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="306" />
            <source>Not saved yet: edits to %2 papers (%1).</source>
            <translation>尚未儲存：%2 篇文獻的修改（%1）。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="308" />
            <source>It is kept beside the library, and ExoDesk tries again every few seconds.</source>
            <translation>修改已保存在文獻庫旁，ExoDesk 每隔數秒會再嘗試儲存。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="310" />
            <source>They could not be kept on the disk either (%s): keep ExoDesk open.</source>
            <translation>這些修改也無法保存到磁碟（%s）：請不要關閉 ExoDesk。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="323" />
            <source>Unsaved edits</source>
            <translation>未儲存的修改</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="324" />
            <source>ExoDesk kept edits it could not save in a file it cannot read now. The file was kept as %s; open it in a text editor to see what it holds.</source>
            <translation>ExoDesk 曾把無法儲存的修改保存在一個檔案中，但現在無法讀取該檔案。檔案已保留為 %s；可用文字編輯器開啟查看內容。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="336" />
            <source>Some edits could not be saved, nor kept on the disk (%s). Copy them from the details below before closing.</source>
            <translation>部分修改既無法儲存，也無法保存到磁碟（%s）。關閉前請從下方詳情複製這些內容。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="365" />
            <source>Try Again Now</source>
            <translation>立即再試</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="366" />
            <source>Discard Them…</source>
            <translation>捨棄…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="372" />
            <source>Discard the edits that are not saved? They cannot be brought back.</source>
            <translation>要捨棄尚未儲存的修改嗎？捨棄後無法復原。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="405" />
            <source>another program is writing to the library</source>
            <translation>另一個程式正在寫入文獻庫</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="407" />
            <source>the disk is full</source>
            <translation>磁碟已滿</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="409" />
            <source>the library's file or folder is read-only</source>
            <translation>文獻庫的檔案或資料夾是唯讀的</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="410" />
            <source>the library could not be written (%s)</source>
            <translation>無法寫入文獻庫（%s）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/unsaved.py" line="185" />
            <source>Not done, nothing was changed: %s.</source>
            <translation>未完成，沒有作任何更改：%s。</translation>
        </message>
    </context>
    <context>
        <name>Shown</name>
        <message>
            <location filename="../../exodesk/gui/shown.py" line="50" />
            <source>and %1 more</source>
            <translation>及另外 %1 項</translation>
        </message>
    </context>
    <context>
        <name>CoreWords</name>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="41" />
            <source>systematic review / meta-analysis</source>
            <translation>系統性回顧／統合分析</translation>
        </message>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="43" />
            <source>randomised controlled trial</source>
            <translation>隨機對照試驗</translation>
        </message>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="45" />
            <source>non-randomised controlled study</source>
            <translation>非隨機對照研究</translation>
        </message>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="47" />
            <source>single-arm trial</source>
            <translation>單組試驗</translation>
        </message>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="49" />
            <source>case series</source>
            <translation>病例系列</translation>
        </message>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="51" />
            <source>case report</source>
            <translation>病例報告</translation>
        </message>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="53" />
            <source>preclinical study (animal or laboratory)</source>
            <translation>臨床前研究（動物或實驗室）</translation>
        </message>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="55" />
            <source>narrative review</source>
            <translation>敘述性綜述</translation>
        </message>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="57" />
            <source>study protocol (no results yet)</source>
            <translation>研究計劃書（尚未有結果）</translation>
        </message>
        <message>
            <location filename="../../exodesk/evidence/designs.py" line="59" />
            <source>survey / cross-sectional study</source>
            <translation>問卷調查／橫斷面研究</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="62" />
            <source>phase %1 clinical trial (single arm)</source>
            <translation>第 %1 期臨床試驗（單組）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="1" />
            <source>as its studies</source>
            <translation>視乎所納入的研究</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="73" />
            <source>Level %1</source>
            <translation>第 %1 級</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="27" />
            <source>not graded</source>
            <translation>未分級</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="1" />
            <source>improved</source>
            <translation>有改善</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="1" />
            <source>no clear difference</source>
            <translation>沒有明顯差別</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="1" />
            <source>worse</source>
            <translation>變差</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="81" />
            <source>not tested</source>
            <translation>未有測試</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="1" />
            <source>very low</source>
            <translation>極低</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="154" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="167" />
            <source>moderate</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="153" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="3" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="3" />
            <source>: </source>
            <translation>：</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="114" />
            <source>the clinic's name is not set (Preferences ▸ Clinic)</source>
            <translation>尚未設定診所名稱（偏好設定 ▸ 診所）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="116" />
            <source>the clinic's contact (telephone) is not set (Preferences ▸ Clinic)</source>
            <translation>尚未設定診所聯絡電話（偏好設定 ▸ 診所）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="118" />
            <source>{paper}: suggested, not yet confirmed: {fields}</source>
            <translation>{paper}：建議值尚未確認：{fields}</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="120" />
            <source>{paper}: no study design recorded</source>
            <translation>{paper}：未記錄研究設計</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="122" />
            <source>and {count} more like these among the papers the sheet counts</source>
            <translation>單張計算的文獻中，另有 {count} 篇情況相同</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="124" />
            <source>{paper}: its result (direction) is not recorded</source>
            <translation>{paper}：未記錄其結果（方向）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="126" />
            <source>{paper}: the outcome is a sentence; name what was measured in a few words</source>
            <translation>{paper}：結果指標寫成了句子；請用幾個字寫出量度了甚麼</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="128" />
            <source>the sheet uses the word {word}: a handout makes no such claim</source>
            <translation>單張用了 {word} 一詞：病人單張不作這類聲稱</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="130" />
            <source>{paper}: left out, borderline: {reason}</source>
            <translation>{paper}：未收錄（邊緣個案）：{reason}</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="132" />
            <source>and {count} more borderline papers, listed in the Handout window</source>
            <translation>另有 {count} 篇邊緣文獻，列於單張視窗</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="134" />
            <source>{count} paper(s) left out as off topic</source>
            <translation>{count} 篇文獻因離題未收錄</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="136" />
            <source>{count} paper(s) have no study design recorded</source>
            <translation>{count} 篇文獻未記錄研究設計</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="138" />
            <source>the vocabulary has no description of {condition}</source>
            <translation>詞彙表沒有「{condition}」的說明</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="140" />
            <source>not approved: {count} thing(s) to settle first</source>
            <translation>未批准：有 {count} 項須先處理</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="143" />
            <source>its intervention is {word}, not {treatment}</source>
            <translation>其介入為 {word}，不是{treatment}</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="145" />
            <source>it does not mention {treatment}</source>
            <translation>沒有提及{treatment}</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="147" />
            <source>it mentions {words}, but its intervention is not recorded</source>
            <translation>提及 {words}，但未記錄其介入</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="149" />
            <source>it names {condition}, but its notes do not list it among the conditions treated</source>
            <translation>提及{condition}，但筆記沒有將其列為所治療的病症</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="151" />
            <source>its notes do not list {condition}</source>
            <translation>筆記沒有列出{condition}</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="153" />
            <source>starts high: randomised trials</source>
            <translation>起點為高：隨機試驗</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="154" />
            <source>starts low: studies without randomisation</source>
            <translation>起點為低：非隨機研究</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="156" />
            <source>rated down for risk of bias: no study had a comparison group</source>
            <translation>因偏倚風險降級：沒有研究設對照組</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="158" />
            <source>rated down for inconsistency: the studies point different ways</source>
            <translation>因結果不一致降級：各研究方向不同</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="160" />
            <source>rated down twice for imprecision: a single study of {count} people</source>
            <translation>因不精確降兩級：只有一項 {count} 人的研究</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="163" />
            <source>rated down for imprecision: {count} people in all, fewer than {enough}</source>
            <translation>因不精確降級：合共 {count} 人，少於 {enough} 人</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="164" />
            <source>no study's result is recorded in the notes: the sheet cannot say which way they point</source>
            <translation>筆記沒有記錄任何研究的結果：單張無法說明結果方向</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="167" />
            <source>kept at moderate: the trials' risk of bias and publication bias need a clinician's judgement; a clinician may set it higher</source>
            <translation>維持為中：試驗的偏倚風險及發表偏倚需由臨床醫生判斷；臨床醫生可將其調高</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="171" />
            <source>kept at low: the sheet cannot say the treatment probably helps</source>
            <translation>維持為低：單張不能說治療可能有幫助</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="173" />
            <source>only reviews of other research: no study of its own in people</source>
            <translation>只有綜述：沒有在人身上進行的原始研究</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="81" />
            <source>not tested in people</source>
            <translation>未在人身上測試</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="176" />
            <source>no studies</source>
            <translation>沒有研究</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="178" />
            <source>set to {grade} by a clinician (was {was})</source>
            <translation>由臨床醫生設為{grade}（原為{was}）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="181" />
            <source>{design}: Oxford CEBM 2011 level {level}</source>
            <translation>{design}：牛津 CEBM 2011 證據等級 {level}</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="183" />
            <source>{design}: no result of a treatment in people</source>
            <translation>{design}：沒有在人身上的治療結果</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="184" />
            <source>publication type: {text}</source>
            <translation>文獻類型：{text}</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="185" />
            <source>systematic review of {text}</source>
            <translation>{text} 的系統性回顧</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/core_words.py" line="187" />
            <source>{count} people, no comparison group mentioned</source>
            <translation>{count} 人，未提及對照組</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="26" />
            <source>&amp;Import Files…</source>
            <translation>匯入檔案(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="28" />
            <source>Import &amp;Folder…</source>
            <translation>匯入資料夾(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="29" />
            <source>&amp;Export…</source>
            <translation>匯出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="31" />
            <source>&amp;Print Paper…</source>
            <translation>列印文獻(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="33" />
            <source>Prefere&amp;nces…</source>
            <translation>偏好設定(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="36" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="38" />
            <source>Restore from &amp;Backup…</source>
            <translation>從備份還原(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="41" />
            <source>&amp;Undo</source>
            <translation>還原(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="42" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="47" />
            <source>&amp;Find</source>
            <translation>尋找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="48" />
            <source>&amp;Move to Trash</source>
            <translation>移到垃圾桶(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="53" />
            <source>Res&amp;tore from Trash</source>
            <translation>從垃圾桶復原(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="54" />
            <source>Co&amp;nfirm Suggestions</source>
            <translation>確認建議(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="56" />
            <source>Com&amp;plete from Crossref / PubMed…</source>
            <translation>從 Crossref / PubMed 補全(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="59" />
            <source>&amp;Suggest from Abstract</source>
            <translation>從摘要提出建議(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="61" />
            <source>&amp;Vancouver</source>
            <translation>&amp;Vancouver 格式</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="61" />
            <source>&amp;APA</source>
            <translation>&amp;APA 格式</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="61" />
            <source>A&amp;MA</source>
            <translation>A&amp;MA 格式</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="68" />
            <source>&amp;Library</source>
            <translation>文獻庫(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="68" />
            <source>&amp;Trash</source>
            <translation>垃圾桶(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="82" />
            <source>&amp;New Handout…</source>
            <translation>新單張(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="85" />
            <source>Handout &amp;History…</source>
            <translation>單張紀錄(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="86" />
            <source>&amp;About ExoDesk</source>
            <translation>關於 ExoDesk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="106" />
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="109" />
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="112" />
            <source>Copy &amp;Citation</source>
            <translation>複製引文(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="114" />
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="116" />
            <source>&amp;Columns</source>
            <translation>欄位(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="120" />
            <source>Hand&amp;outs</source>
            <translation>單張(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/menus.py" line="121" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../exodesk/gui/backups.py" line="40" />
            <source>The library may be damaged</source>
            <translation>文獻庫可能已損壞</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/backups.py" line="42" />
            <source>No backup was made today. File ▸ Restore from Backup… goes back to an earlier backup.</source>
            <translation>今天未有製作備份。「檔案 ▸ 從備份還原…」可回到較早的備份。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/backups.py" line="73" />
            <location filename="../../exodesk/gui/backups.py" line="79" />
            <source>Restore from Backup</source>
            <translation>從備份還原</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/backups.py" line="80" />
            <source>The library was restored from {0}. The replaced library was kept as {1}. ExoDesk now starts again on the restored library.</source>
            <translation>文獻庫已從 {0} 還原。被取代的文獻庫已保留為 {1}。ExoDesk 現在會以還原後的文獻庫重新啟動。</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../exodesk/gui/columns.py" line="79" />
            <source>Reset Columns</source>
            <translation>重設欄位</translation>
        </message>
    </context>
    <context>
        <name>Completing</name>
        <message>
            <location filename="../../exodesk/gui/completing.py" line="44" />
            <source>Asking Crossref / PubMed for this paper's missing fields…</source>
            <translation>正在向 Crossref / PubMed 查詢這篇文獻缺少的資料…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completing.py" line="55" />
            <source>The look-up stopped: %s</source>
            <translation>查詢中止：%s</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/completing.py" line="75" />
            <source>Complete from Crossref / PubMed</source>
            <translation>從 Crossref / PubMed 補全</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <location filename="../../exodesk/gui/exports.py" line="50" />
            <source>Export papers</source>
            <translation>匯出文獻</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/exports.py" line="70" />
            <source>Exporting…</source>
            <translation>正在匯出…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/exports.py" line="79" />
            <source>Papers exported: %1 — saved as %2</source>
            <translation>已匯出 %1 篇文獻 — 儲存為 %2</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/exports.py" line="83" />
            <source>Export</source>
            <translation>匯出</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/exports.py" line="84" />
            <source>%1 papers were left out of the export:</source>
            <translation>%1 篇文獻未有匯出：</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/exports.py" line="100" />
            <source>Formatting references…</source>
            <translation>正在編排參考文獻…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/exports.py" line="116" />
            <source>References copied: %1</source>
            <translation>已複製參考文獻：%1 篇</translation>
        </message>
    </context>
    <context>
        <name>Handouts</name>
        <message>
            <location filename="../../exodesk/gui/handouts.py" line="69" />
            <source>Handout for %1…</source>
            <translation>%1 的單張…</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="47" />
            <source>Import files</source>
            <translation>匯入檔案</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="53" />
            <source>Saved pages and references (%1)</source>
            <translation>已儲存的網頁及參考文獻 (%1)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="54" />
            <source>All files (*)</source>
            <translation>所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="57" />
            <source>Import a folder</source>
            <translation>匯入資料夾</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="67" />
            <source>Read-only</source>
            <translation>唯讀</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="67" />
            <source>This library is open read-only.</source>
            <translation>這個文獻庫以唯讀方式開啟。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="75" />
            <source>Reading files…</source>
            <translation>正在讀取檔案…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="75" />
            <location filename="../../exodesk/gui/imports.py" line="92" />
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="86" />
            <source>Reading %1 of %2: %3</source>
            <translation>正在讀取第 %1 個（共 %2 個）：%3</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/imports.py" line="93" />
            <source>The import stopped: %s</source>
            <translation>匯入中止：%s</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message>
            <location filename="../../exodesk/gui/tasks.py" line="134" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../exodesk/gui/search_bar.py" line="54" />
            <source>Search titles, authors, abstracts and notes (English or 中文)</source>
            <translation>搜尋標題、作者、摘要及筆記（中文或英文）</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/search_bar.py" line="58" />
            <source>Library</source>
            <translation>文獻庫</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/search_bar.py" line="59" />
            <source>Trash</source>
            <translation>垃圾桶</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/search_bar.py" line="70" />
            <source>Clear Search and Filters</source>
            <translation>清除搜尋及篩選</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/search_bar.py" line="112" />
            <source>Also searched: %1</source>
            <translation>同時搜尋：%1</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/search_bar.py" line="112" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/search_bar.py" line="117" />
            <source>No paper matches “%1” with the filters chosen.</source>
            <translation>在所選的篩選條件下，沒有文獻符合「%1」。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/search_bar.py" line="119" />
            <source>No paper matches “%1”.</source>
            <translation>沒有文獻符合「%1」。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/search_bar.py" line="121" />
            <source>No paper matches the filters chosen.</source>
            <translation>沒有文獻符合所選的篩選條件。</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <location filename="../../exodesk/gui/suggestions.py" line="45" />
            <source>Suggest from abstract</source>
            <translation>從摘要提出建議</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/suggestions.py" line="53" />
            <source>Suggesting notes from abstracts…</source>
            <translation>正在從摘要提出筆記建議…</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/suggestions.py" line="63" />
            <source>Papers given suggestions: %1 — check them, then confirm.</source>
            <translation>已為 %1 篇文獻提出建議 — 請核對後確認。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/suggestions.py" line="67" />
            <source>Nothing to suggest: the empty fields find no support in the title or abstract.</source>
            <translation>沒有建議：標題及摘要中找不到可填入空白欄位的依據。</translation>
        </message>
    </context>
    <context>
        <name>Work</name>
        <message>
            <location filename="../../exodesk/gui/work.py" line="28" />
            <source>Please wait: ExoDesk is still working.</source>
            <translation>請稍候：ExoDesk 仍在處理中。</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/work.py" line="42" />
            <source>ExoDesk</source>
            <translation>ExoDesk</translation>
        </message>
        <message>
            <location filename="../../exodesk/gui/work.py" line="43" />
            <source>The work stopped: %s</source>
            <translation>處理中止：%s</translation>
        </message>
    </context>
</TS>
