<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ScratchNN</source>
        <translation>ScratchNN について</translation>
    </message>
    <message>
        <source>See and touch chapter 4 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt;: loss functions, numerical differentiation, gradients, gradient descent and a two-layer network learning MNIST.</source>
        <translation>&lt;i&gt;ゼロから作るDeep Learning&lt;/i&gt; 第4章を、見て触って学びます：損失関数、数値微分、勾配、勾配降下法、そして MNIST を学習する2層ニューラルネットワーク。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code:&lt;/b&gt; MIT license (&lt;a href=&quot;{url}&quot;&gt;text&lt;/a&gt;).</source>
        <translation>&lt;b&gt;コード：&lt;/b&gt;MIT ライセンス（&lt;a href=&quot;{url}&quot;&gt;全文&lt;/a&gt;）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;MNIST data:&lt;/b&gt; Yann LeCun, Corinna Cortes and Christopher J. C. Burges (&lt;a href=&quot;{mnist}&quot;&gt;the MNIST database&lt;/a&gt;), distributed under the Creative Commons Attribution-Share Alike 3.0 license (&lt;a href=&quot;{cc}&quot;&gt;CC BY-SA 3.0&lt;/a&gt;). The embedded copy keeps that license.</source>
        <translation>&lt;b&gt;MNIST データ：&lt;/b&gt;Yann LeCun、Corinna Cortes、Christopher J. C. Burges（&lt;a href=&quot;{mnist}&quot;&gt;MNIST データベース&lt;/a&gt;）。クリエイティブ・コモンズ 表示-継承 3.0 ライセンス（&lt;a href=&quot;{cc}&quot;&gt;CC BY-SA 3.0&lt;/a&gt;）で配布されています。同梱のコピーも同じライセンスに従います。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The book followed:&lt;/b&gt; Saito Koki, &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (O&apos;Reilly Japan); Korean edition &lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt; (Hanbit Media); &lt;a href=&quot;{url}&quot;&gt;the book&apos;s code&lt;/a&gt;. ScratchNN is an independent study aid and contains none of the book&apos;s text.</source>
        <translation>&lt;b&gt;準拠している書籍：&lt;/b&gt;斎藤康毅『&lt;i&gt;ゼロから作るDeep Learning&lt;/i&gt;』（オライリー・ジャパン）、韓国語版『&lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt;』（Hanbit Media）、&lt;a href=&quot;{url}&quot;&gt;書籍のコード&lt;/a&gt;。ScratchNN は独立した学習補助ツールで、書籍の本文は含んでいません。</translation>
    </message>
    <message>
        <source>Python {py}, PySide6 {pyside}</source>
        <translation>Python {py}, PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>Row: the true digit. Column: the network&apos;s answer. The diagonal holds the right answers; a red cell is a confusion. Click a cell to see its digits.</source>
        <translation>行：正解の数字。列：ネットワークの答え。対角線上は正しい答えで、赤いセルは取り違えです。セルをクリックすると、その数字が表示されます。</translation>
    </message>
    <message>
        <source>The confusion matrix of the test set appears here when a run ends.</source>
        <translation>実行が終わると、ここにテストデータの混同行列が表示されます。</translation>
    </message>
    <message>
        <source>network&apos;s answer</source>
        <translation>ネットワークの答え</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>正解の数字</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>{name} must be a positive number, not {value!r}</source>
        <translation>{name} は正の数でなければなりません（{value!r} は使えません）</translation>
    </message>
    <message>
        <source>{name} must be an integer &gt;= {minimum}, not {value!r}</source>
        <translation>{name} は {minimum} 以上の整数でなければなりません（{value!r} は使えません）</translation>
    </message>
    <message>
        <source>gradient must be &apos;backprop&apos;, &apos;numerical&apos; or &apos;structured&apos;, not {value!r}</source>
        <translation>gradient は &apos;backprop&apos;、&apos;numerical&apos;、&apos;structured&apos; のいずれかでなければなりません（{value!r} は使えません）</translation>
    </message>
    <message>
        <source>dtype must be &apos;float32&apos; or &apos;float64&apos;, not {value!r}</source>
        <translation>dtype は &apos;float32&apos; か &apos;float64&apos; でなければなりません（{value!r} は使えません）</translation>
    </message>
    <message>
        <source>{images} training images but {labels} labels</source>
        <translation>訓練画像は {images} 枚なのに、ラベルは {labels} 個です</translation>
    </message>
    <message>
        <source>{images} test images but {labels} labels</source>
        <translation>テスト画像は {images} 枚なのに、ラベルは {labels} 個です</translation>
    </message>
    <message>
        <source>{name} {size} is larger than the {count} training samples</source>
        <translation>{name} {size} は訓練データの {count} 個より多すぎます</translation>
    </message>
    <message>
        <source>{name} {size} is larger than the {count} test samples</source>
        <translation>{name} {size} はテストデータの {count} 個より多すぎます</translation>
    </message>
    <message>
        <source>first_iteration must be an integer from 0 to iters_num - 1 = {last}, not {value!r}</source>
        <translation>first_iteration は 0 から iters_num - 1 = {last} までの整数でなければなりません（{value!r} は使えません）</translation>
    </message>
    <message>
        <source>the network&apos;s W1 and W2 are {w1} and {w2}, not {expected_w1} and {expected_w2}</source>
        <translation>ネットワークの W1 と W2 の形状が {w1} と {w2} です。{expected_w1} と {expected_w2} でなければなりません</translation>
    </message>
    <message>
        <source>the network&apos;s weights are {dtype} but the config says {expected}</source>
        <translation>ネットワークの重みは {dtype} ですが、設定は {expected} です</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>truncated: {stored} of {size} bytes after the header</source>
        <translation>ファイルが途中で切れています：ヘッダーの後に {size} バイトのうち {stored} バイトしかありません</translation>
    </message>
    <message>
        <source>truncated: {length} bytes, shorter than an IDX header</source>
        <translation>ファイルが途中で切れています：{length} バイトしかなく、IDX ヘッダーより短いです</translation>
    </message>
    <message>
        <source>magic number {found}, expected {magic} ({kind})</source>
        <translation>マジックナンバーが {found} です。{magic}（{kind}）でなければなりません</translation>
    </message>
    <message>
        <source>images are {rows}x{cols}, expected {expected_rows}x{expected_cols}</source>
        <translation>画像の大きさが {rows}x{cols} です。{expected_rows}x{expected_cols} でなければなりません</translation>
    </message>
    <message>
        <source>longer than its header says ({count} {kind})</source>
        <translation>ヘッダーに書かれた長さ（{kind} {count} 個）より長いです</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>not a regular file (a folder, pipe or device)</source>
        <translation>通常のファイルではありません（フォルダー、パイプ、デバイスのいずれかです）</translation>
    </message>
    <message>
        <source>corrupt or truncated gzip data ({error})</source>
        <translation>gzip データが壊れているか、途中で切れています（{error}）</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>読み込めません（{error}）</translation>
    </message>
    <message>
        <source>not enough memory to read it</source>
        <translation>読み込むためのメモリが足りません</translation>
    </message>
    <message>
        <source>content differs from the original MNIST file (MD5 {found}, expected {expected})</source>
        <translation>内容が元の MNIST ファイルと違います（MD5 {found}、本来は {expected}）</translation>
    </message>
    <message>
        <source>the header announces {size} bytes of data, far more than the file can hold</source>
        <translation>ヘッダーが {size} バイトのデータを示していますが、ファイルに収まる量をはるかに超えています</translation>
    </message>
    <message>
        <source>holds no {kind}</source>
        <translation>{kind}が1つも入っていません</translation>
    </message>
    <message>
        <source>its header announces {count:,} {kind}, more than the {max_count:,} allowed (load_mnist(max_images=...) allows more)</source>
        <translation>ヘッダーが示す{kind}は {count:,} 個で、許される {max_count:,} 個を超えています（load_mnist(max_images=...) で増やせます）</translation>
    </message>
    <message>
        <source>missing (neither {name}.gz nor {name} is in {folder})</source>
        <translation>見つかりません（{folder} に {name}.gz も {name} もありません）</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>{labels} labels for the {images} images of {name}</source>
        <translation>{name} の画像は {images} 枚なのに、ラベルは {labels} 個です</translation>
    </message>
    <message>
        <source>label {label} outside 0..{last}</source>
        <translation>ラベル {label} が 0..{last} の範囲外です</translation>
    </message>
    <message>
        <source>not enough memory for its {count} images in {dtype}</source>
        <translation>{count} 枚の画像を {dtype} で保持するメモリが足りません</translation>
    </message>
    <message>
        <source>not readable as gzip data ({error})</source>
        <translation>gzip データとして読み込めません（{error}）</translation>
    </message>
    <message>
        <source>the IDX header is not that of {name} (magic {magic}, {count} items)</source>
        <translation>IDX ヘッダーが {name} のものではありません（マジックナンバー {magic}、{count} 項目）</translation>
    </message>
    <message>
        <source>MD5 of the content {found}, expected {expected}</source>
        <translation>内容の MD5 が {found} です。{expected} でなければなりません</translation>
    </message>
    <message>
        <source>missing from this installation of ScratchNN (reinstall it)</source>
        <translation>インストールされた ScratchNN に含まれていません（インストールし直してください）</translation>
    </message>
    <message>
        <source>{path}: {problem}. {expected}</source>
        <translation>{path}：{problem}。{expected}</translation>
    </message>
    <message>
        <source>A weights file is an .npz with the arrays W1, b1, W2 and b2 of a {input_size}-H-{output_size} network (1 &lt;= H &lt;= {max_hidden}, float32 or float64), as ScratchNN&apos;s Save weights or numpy.savez writes it.</source>
        <translation>重みファイルは、{input_size}-H-{output_size} のネットワーク（1 &lt;= H &lt;= {max_hidden}、float32 か float64）の配列 W1、b1、W2、b2 を収めた .npz ファイルです。ScratchNN の「重みを保存」や numpy.savez がこの形で書き出します。</translation>
    </message>
    <message>
        <source>{megabytes:.1f} MB is more than the weights of {max_hidden} hidden units can take</source>
        <translation>{megabytes:.1f} MB は、隠れ層のニューロン {max_hidden} 個分の重みが占める大きさを超えています</translation>
    </message>
    <message>
        <source>{count} members, not the four arrays W1 b1 W2 b2</source>
        <translation>中身が {count} 個あります。W1 b1 W2 b2 の4つの配列でなければなりません</translation>
    </message>
    <message>
        <source>65535 or more members, not the four arrays W1 b1 W2 b2</source>
        <translation>中身が 65535 個以上あります。W1 b1 W2 b2 の4つの配列でなければなりません</translation>
    </message>
    <message>
        <source>not an .npz archive</source>
        <translation>.npz アーカイブではありません</translation>
    </message>
    <message>
        <source>missing {names}</source>
        <translation>{names} がありません</translation>
    </message>
    <message>
        <source>{name} is not a numpy array</source>
        <translation>{name} は numpy の配列ではありません</translation>
    </message>
    <message>
        <source>{name} cannot be read (damaged, encrypted or compressed in an unknown way)</source>
        <translation>{name} を読み込めません（壊れているか、暗号化されているか、未知の方式で圧縮されています）</translation>
    </message>
    <message>
        <source>{name} is a .npy file of version {major}.{minor}, not 1.0 or 2.0</source>
        <translation>{name} はバージョン {major}.{minor} の .npy ファイルです。1.0 か 2.0 でなければなりません</translation>
    </message>
    <message>
        <source>{name} holds {dtype} values, not float32 or float64</source>
        <translation>{name} の値が {dtype} です。float32 か float64 でなければなりません</translation>
    </message>
    <message>
        <source>{name} is damaged: its size does not match its header</source>
        <translation>{name} が壊れています：大きさがヘッダーと合いません</translation>
    </message>
    <message>
        <source>the arrays mix float32 and float64</source>
        <translation>配列に float32 と float64 が混ざっています</translation>
    </message>
    <message>
        <source>the shapes do not form a two-layer net ({shapes})</source>
        <translation>形状が2層ニューラルネットワークになっていません（{shapes}）</translation>
    </message>
    <message>
        <source>the network is {inputs}-{hidden}-{outputs} ({shapes})</source>
        <translation>ネットワークが {inputs}-{hidden}-{outputs} です（{shapes}）</translation>
    </message>
    <message>
        <source>{name} is damaged ({error})</source>
        <translation>{name} が壊れています（{error}）</translation>
    </message>
    <message>
        <source>{name} holds NaN or infinite values</source>
        <translation>{name} に NaN か無限大の値があります</translation>
    </message>
    <message>
        <source>prepare_digit needs a 2-D grayscale image, not an array of shape {shape}</source>
        <translation>prepare_digit には2次元のグレースケール画像が必要です（形状 {shape} の配列は使えません）</translation>
    </message>
    <message>
        <source>prepare_digit needs a 2-D grayscale image, not an array of shape {shape} (convert a colour image to gray first)</source>
        <translation>prepare_digit には2次元のグレースケール画像が必要です（形状 {shape} の配列は使えません。カラー画像は先にグレースケールに変換してください）</translation>
    </message>
    <message>
        <source>prepare_digit needs a non-empty image, not one of shape {shape}</source>
        <translation>prepare_digit には空でない画像が必要です（形状 {shape} の画像は使えません）</translation>
    </message>
    <message>
        <source>prepare_digit needs real pixel values, not dtype {dtype}</source>
        <translation>prepare_digit には実数の画素値が必要です（dtype {dtype} は使えません）</translation>
    </message>
    <message>
        <source>the image has NaN or infinite pixels</source>
        <translation>画像に NaN か無限大の画素があります</translation>
    </message>
    <message>
        <source>the image is blank (every pixel is {value:g}): there is no digit to prepare</source>
        <translation>画像が空白です（すべての画素が {value:g}）：準備する数字がありません</translation>
    </message>
</context>
<context>
    <name>CurvesPage</name>
    <message>
        <source>Export all runs as CSV</source>
        <extracomment>The run history&apos;s texts were marked in the TrainingTab context.</extracomment>
        <translation>すべての実行を CSV で書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to {0}: {1}</source>
        <translation>{0} に書き出せませんでした：{1}</translation>
    </message>
    <message>
        <source>Exported {0} runs to {1}</source>
        <translation>{0} 件の実行を {1} に書き出しました</translation>
    </message>
    <message>
        <source>The run history could not be saved to {0} ({1}).</source>
        <translation>実行履歴を {0} に保存できませんでした（{1}）。</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>Examples (function, start, rate, steps)…</source>
        <translation>例（関数、開始点、学習率、ステップ数）…</translation>
    </message>
    <message>
        <source>f(x0, x1) =</source>
        <translation>f(x0, x1) =</translation>
    </message>
    <message>
        <source>Start x0, x1</source>
        <translation>開始点 x0, x1</translation>
    </message>
    <message>
        <source>Or click the map. Several starts separated by “;” race each other (up to 4).</source>
        <translation>等高線図をクリックしても指定できます。「;」で区切った複数の開始点は互いに競争します（4つまで）。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Several rates separated by commas race each other (up to 4); the slider sets the first.</source>
        <translation>カンマで区切った複数の学習率は互いに競争します（4つまで）。スライダーは最初の値を決めます。</translation>
    </message>
    <message>
        <source>Steps (1 to {0})</source>
        <translation>ステップ数（1〜{0}）</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>一時停止(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>1ステップ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <source>Run to &amp;end</source>
        <translation>最後まで実行(&amp;E)</translation>
    </message>
    <message>
        <source>Speed: {0} steps/s</source>
        <translation>速度：{0} ステップ/秒</translation>
    </message>
</context>
<context>
    <name>DigitBrowser</name>
    <message>
        <source>← Previous</source>
        <translation>← 前へ</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>次へ →</translation>
    </message>
    <message>
        <source>Under each digit: its true label, then the network&apos;s three most probable answers (green: the true one).</source>
        <translation>各数字の下：正解ラベル、続いてネットワークが最も確からしいとした3つの答え（緑：正解）。</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>{0}/{1} ページ</translation>
    </message>
</context>
<context>
    <name>DigitCells</name>
    <message>
        <source>true {0}</source>
        <translation>正解 {0}</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>The network&apos;s output (softmax probabilities):</source>
        <translation>ネットワークの出力（ソフトマックスの確率）：</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>The digit you meant: the loss tab&apos;s true class.</source>
        <translation>意図した数字：損失関数タブの正解クラスになります。</translation>
    </message>
    <message>
        <source>Send to loss functions</source>
        <translation>損失関数タブに送る</translation>
    </message>
    <message>
        <source>Open the loss functions tab with these ten probabilities and the digit you meant as the true class.</source>
        <translation>この10個の確率と、意図した数字を正解クラスとして、損失関数タブを開きます。</translation>
    </message>
    <message>
        <source>What the network receives (28×28):</source>
        <translation>ネットワークが受け取る入力（28×28）：</translation>
    </message>
    <message>
        <source>This digit is a</source>
        <translation>この数字は</translation>
    </message>
    <message>
        <source>Train or load a network first: it judges your digit.</source>
        <translation>先にネットワークを学習するか読み込んでください：そのネットワークが数字を判定します。</translation>
    </message>
    <message>
        <source>Draw a digit on the pad.</source>
        <translation>パッドに数字を描いてください。</translation>
    </message>
    <message>
        <source>The network says &lt;b&gt;{0}&lt;/b&gt; ({1:.1%}).</source>
        <translation>ネットワークの答え：&lt;b&gt;{0}&lt;/b&gt;（{1:.1%}）。</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw one digit, large, with the left mouse button, a touchpad or a pen.</source>
        <translation>マウスの左ボタン、タッチパッド、ペンのいずれかで、数字を1つ大きく描いてください。</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>ここに数字を描いてください</translation>
    </message>
</context>
<context>
    <name>EpochTable</name>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>訓練精度</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>テスト精度</translation>
    </message>
    <message>
        <source>Accuracy on the training and test images at the start of each epoch, the list the book&apos;s train_neuralnet.py prints.</source>
        <translation>各エポックの開始時に測った、訓練画像とテスト画像での認識精度。書籍の train_neuralnet.py が出力する一覧です。</translation>
    </message>
    <message>
        <source>epoch {0}: measured after iteration {1}</source>
        <translation>エポック {0}：{1} 回目の反復の後に測定</translation>
    </message>
</context>
<context>
    <name>ExpressionError</name>
    <message>
        <source>the expression must be text</source>
        <translation>式は文字列でなければなりません</translation>
    </message>
    <message>
        <source>too long: {length} characters (at most {limit})</source>
        <translation>長すぎます：{length} 文字です（最大 {limit} 文字）</translation>
    </message>
    <message>
        <source>type a function, e.g. {example}</source>
        <translation>関数を入力してください（例：{example}）</translation>
    </message>
    <message>
        <source>too many nested parentheses (at most {limit})</source>
        <translation>かっこの入れ子が深すぎます（最大 {limit} 段）</translation>
    </message>
    <message>
        <source>syntax error at column {column}: {detail}</source>
        <translation>{column} 文字目で構文エラー：{detail}</translation>
    </message>
    <message>
        <source>the expression contains characters or nesting that cannot be read</source>
        <translation>式に読み取れない文字か入れ子があります</translation>
    </message>
    <message>
        <source>too complex (more than {limit} parts)</source>
        <translation>複雑すぎます（要素が {limit} 個を超えています）</translation>
    </message>
    <message>
        <source>too deeply nested (at most {limit} levels)</source>
        <translation>入れ子が深すぎます（最大 {limit} 段）</translation>
    </message>
    <message>
        <source>attributes (a.b) are not allowed</source>
        <translation>属性（a.b）は使えません</translation>
    </message>
    <message>
        <source>indexing (a[i]) is not allowed</source>
        <translation>インデックス（a[i]）は使えません</translation>
    </message>
    <message>
        <source>lambda is not allowed</source>
        <translation>lambda は使えません</translation>
    </message>
    <message>
        <source>comparisons are not allowed</source>
        <translation>比較は使えません</translation>
    </message>
    <message>
        <source>use ** for powers (^ is not a power in Python)</source>
        <translation>べき乗には ** を使ってください（Python では ^ はべき乗ではありません）</translation>
    </message>
    <message>
        <source>if/else is not allowed</source>
        <translation>if/else は使えません</translation>
    </message>
    <message>
        <source>and/or are not allowed</source>
        <translation>and/or は使えません</translation>
    </message>
    <message>
        <source>text strings are not allowed</source>
        <translation>文字列は使えません</translation>
    </message>
    <message>
        <source>a comprehension is not allowed</source>
        <translation>内包表記は使えません</translation>
    </message>
    <message>
        <source>a list is not allowed</source>
        <translation>リストは使えません</translation>
    </message>
    <message>
        <source>a tuple is not allowed</source>
        <translation>タプルは使えません</translation>
    </message>
    <message>
        <source>a dict is not allowed</source>
        <translation>辞書は使えません</translation>
    </message>
    <message>
        <source>a set is not allowed</source>
        <translation>集合は使えません</translation>
    </message>
    <message>
        <source>{what} is not allowed</source>
        <translation>{what} は使えません</translation>
    </message>
    <message>
        <source>only real numbers are allowed, not {value}</source>
        <translation>使えるのは実数だけです（{value} は使えません）</translation>
    </message>
    <message>
        <source>number too large (at most {limit:g})</source>
        <translation>数が大きすぎます（最大 {limit:g}）</translation>
    </message>
    <message>
        <source>{name} is a function: write {name}(...)</source>
        <translation>{name} は関数です：{name}(...) のように書いてください</translation>
    </message>
    <message>
        <source>unknown name {name} (use {allowed} or a function)</source>
        <translation>不明な名前 {name}（{allowed} か関数を使ってください）</translation>
    </message>
    <message>
        <source>exponent {exponent:.6g} is too large (at most {limit} in size)</source>
        <translation>指数 {exponent:.6g} が大きすぎます（大きさは最大 {limit}）</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>0 で割っています</translation>
    </message>
    <message>
        <source>this constant part is undefined or too large</source>
        <translation>この定数の部分は定義されないか、大きすぎます</translation>
    </message>
    <message>
        <source>only functions by bare name can be called, e.g. sin(x)</source>
        <translation>関数は名前だけで呼び出せます（例：sin(x)）</translation>
    </message>
    <message>
        <source>unknown function {name}; allowed: {allowed}</source>
        <translation>不明な関数 {name}。使える関数：{allowed}</translation>
    </message>
    <message>
        <source>keyword arguments are not allowed</source>
        <translation>キーワード引数は使えません</translation>
    </message>
    <message>
        <source>{name} takes 1 argument</source>
        <translation>{name} の引数は1つです</translation>
    </message>
    <message>
        <source>{name} takes {count} arguments</source>
        <translation>{name} の引数は {count} 個です</translation>
    </message>
    <message>
        <source>{name}(...) of this constant is undefined or too large</source>
        <translation>この定数の {name}(...) は定義されないか、大きすぎます</translation>
    </message>
    <message>
        <source>numbers in this function grow beyond 1e300 when multiplied out: too large for an exact derivative</source>
        <translation>この関数を展開すると数が 1e300 を超えます：正確な導関数を求めるには大きすぎます</translation>
    </message>
    <message>
        <source>this function is too complex for an exact derivative</source>
        <translation>この関数は、正確な導関数を求めるには複雑すぎます</translation>
    </message>
    <message>
        <source>this function cannot be written as an exact formula</source>
        <translation>この関数は正確な式で表せません</translation>
    </message>
    <message>
        <source>invalid syntax</source>
        <translation>文法が正しくありません</translation>
    </message>
    <message>
        <source>&apos;{bracket}&apos; was never closed</source>
        <translation>&apos;{bracket}&apos; が閉じられていません</translation>
    </message>
    <message>
        <source>unmatched &apos;{bracket}&apos;</source>
        <translation>対応する相手のない &apos;{bracket}&apos;</translation>
    </message>
    <message>
        <source>closing parenthesis &apos;{closing}&apos; does not match opening parenthesis &apos;{opening}&apos;</source>
        <translation>閉じかっこ &apos;{closing}&apos; が開きかっこ &apos;{opening}&apos; と合いません</translation>
    </message>
    <message>
        <source>invalid number (a product is written 2*x, not 2x)</source>
        <translation>数の書き方が正しくありません（積は 2x ではなく 2*x と書きます）</translation>
    </message>
    <message>
        <source>invalid hexadecimal literal</source>
        <translation>16進数の書き方が正しくありません</translation>
    </message>
    <message>
        <source>invalid character &apos;{character}&apos; ({code})</source>
        <translation>使えない文字 &apos;{character}&apos;（{code}）</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>文字列が閉じられていません</translation>
    </message>
    <message>
        <source>leading zeros are not allowed in a number (write 1, not 01)</source>
        <translation>数の先頭に 0 は付けられません（01 ではなく 1 と書いてください）</translation>
    </message>
    <message>
        <source>the expression cannot contain null bytes</source>
        <translation>式にヌルバイトを含めることはできません</translation>
    </message>
    <message>
        <source>a backslash (\) is not allowed</source>
        <translation>バックスラッシュ（\）は使えません</translation>
    </message>
</context>
<context>
    <name>ExpressionField</name>
    <message>
        <source>Presets…</source>
        <translation>プリセット…</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <source>backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>structured</source>
        <translation>構造化</translation>
    </message>
    <message>
        <source>book</source>
        <translation>書籍</translation>
    </message>
    <message>
        <source>Backpropagation...</source>
        <translation>誤差逆伝播法...</translation>
    </message>
    <message>
        <source>Numerical gradient (structured)...</source>
        <translation>数値微分（構造化）...</translation>
    </message>
    <message>
        <source>Numerical gradient (the book&apos;s loop, one weight at a time)...</source>
        <translation>数値微分（書籍のループ、重みを1つずつ）...</translation>
    </message>
    <message>
        <source>Checked: the network trained or loaded last in the training tab.</source>
        <translation>確認の対象：このタブで最後に学習したか読み込んだネットワークです。</translation>
    </message>
    <message>
        <source>Checked: a fresh network with the form&apos;s hidden size, init std and seed, as the book checks one (nothing has been trained yet).</source>
        <translation>確認の対象：フォームの隠れ層のニューロン数、初期値の標準偏差、シードで作った新しいネットワークです。書籍も学習前のネットワークで確認します（まだ何も学習していません）。</translation>
    </message>
    <message>
        <source>&amp;Run the check</source>
        <translation>確認を実行(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>The book checks backpropagation against the numerical gradient on three training images (gradient_check.py): the mean absolute difference of each parameter&apos;s gradients should be tiny (about 1e-10 to 1e-7). Here the book&apos;s loop, the structured numerical gradient and backpropagation are all computed in float64 and compared pair by pair.</source>
        <translation>書籍では、3枚の訓練画像で誤差逆伝播法の勾配を数値微分と比べます（gradient_check.py）：各パラメータの勾配の差の絶対値の平均は、ごく小さくなるはずです（約 1e-10〜1e-7）。ここでは書籍のループ、構造化した数値微分、誤差逆伝播法をすべて float64 で計算し、2つずつ比べます。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像の数</translation>
    </message>
    <message>
        <source>First image</source>
        <translation>最初の画像</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>停止しています...</translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation>確認を実行できませんでした：{0}</translation>
    </message>
    <message>
        <source>{0} vs {1}</source>
        <translation>{0} 対 {1}</translation>
    </message>
    <message>
        <source>{0}: mean</source>
        <translation>{0}：平均</translation>
    </message>
    <message>
        <source>{0}: max</source>
        <translation>{0}：最大</translation>
    </message>
    <message>
        <source>Done: {0} images.</source>
        <translation>完了：画像 {0} 枚。</translation>
    </message>
    <message>
        <source>Stopped: the book&apos;s loop did not finish; the others are compared.</source>
        <translation>停止：書籍のループは終わらなかったので、残りの2つを比べました。</translation>
    </message>
    <message>
        <source>Times: book&apos;s loop {0}, structured {1}, backprop {2}.</source>
        <translation>時間：書籍のループ {0}、構造化 {1}、誤差逆伝播法 {2}。</translation>
    </message>
    <message>
        <source>Backprop: the same gradient {0:,.0f} times faster than the book&apos;s numerical loop; the structured numerical gradient {1:,.0f} times faster than it.</source>
        <translation>誤差逆伝播法は同じ勾配を書籍の数値微分のループより {0:,.0f} 倍速く求めます。構造化した数値微分はループより {1:,.0f} 倍速く求めます。</translation>
    </message>
    <message>
        <source>the gradient check takes 1 to {limit} images, not {images}</source>
        <translation>勾配確認に使える画像は 1 枚から {limit} 枚までです（{images} 枚は使えません）</translation>
    </message>
    <message>
        <source>images {first} to {last} are not all among the {count} training images</source>
        <translation>画像 {first}〜{last} 番が、{count} 枚の訓練画像にすべては含まれていません</translation>
    </message>
</context>
<context>
    <name>GradientTab</name>
    <message>
        <source>Book 4.4.1: lr = 0.1 from (-3, 4), 100 steps</source>
        <translation>書籍 4.4.1：lr = 0.1、(-3, 4) から 100 ステップ</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 10, too large</source>
        <translation>書籍 4.4.1：lr = 10、大きすぎる</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 1e-10, too small</source>
        <translation>書籍 4.4.1：lr = 1e-10、小さすぎる</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 0.1, 10, 1e-10 and the default 0.01 racing</source>
        <translation>書籍 4.4.1：lr = 0.1、10、1e-10 とデフォルトの 0.01 の競争</translation>
    </message>
    <message>
        <source>Notes: (x0-2)² + 4(x1-3)² from (100, -10), lr = 0.01, 1000 steps</source>
        <translation>学習ノート：(x0-2)² + 4(x1-3)²、(100, -10) から lr = 0.01 で 1000 ステップ</translation>
    </message>
    <message>
        <source>Saddle x0² − x1²: from (-3, 0) it stops, from (-3, 0.5) it slides off</source>
        <translation>鞍点 x0² − x1²：(-3, 0) からは止まり、(-3, 0.5) からは滑り落ちる</translation>
    </message>
    <message>
        <source>Narrow valley 0.05x0² + 5x1²: lr = 0.05, 0.19 and 0.21 racing</source>
        <translation>細い谷 0.05x0² + 5x1²：lr = 0.05、0.19、0.21 の競争</translation>
    </message>
    <message>
        <source>Book 6.1: x0²/20 + x1² from (-7, 2), lr = 0.95, 30 steps (zigzag)</source>
        <translation>書籍 6.1：x0²/20 + x1²、(-7, 2) から lr = 0.95 で 30 ステップ（ジグザグ）</translation>
    </message>
    <message>
        <source>lr = {lr:g}</source>
        <translation>lr = {lr:g}</translation>
    </message>
    <message>
        <source>from ({x0:g}, {x1:g})</source>
        <translation>({x0:g}, {x1:g}) から</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>収束</translation>
    </message>
    <message>
        <source>still descending</source>
        <translation>下降中</translation>
    </message>
    <message>
        <source>barely moved</source>
        <translation>ほとんど動かず</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>diverged, then stalled</source>
        <translation>発散後に停滞</translation>
    </message>
    <message>
        <source>overshooting</source>
        <translation>行き過ぎ</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <source>{name} is empty: type a number such as -3 or 1e2</source>
        <translation>{name} が空です：-3 や 1e2 のような数値を入力してください</translation>
    </message>
    <message>
        <source>{name} must be a number such as -3 or 1e2, not “{text}”</source>
        <translation>{name} には -3 や 1e2 のような数値を入力してください（「{text}」は数値ではありません）</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {text}</source>
        <translation>{name} は有限の数値でなければなりません（{text} は使えません）</translation>
    </message>
    <message>
        <source>|{name}| must be at most {limit:g} (farther, the numerical gradient with h = 1e-4 loses its digits), not {text}</source>
        <translation>|{name}| は {limit:g} 以下でなければなりません（{text} は使えません）：それより遠いと、h = 1e-4 の数値微分による勾配は桁を失います</translation>
    </message>
    <message>
        <source>Type the start as two numbers x0, x1 such as -3, 4 (several starts, separated by “;”, race each other), not “{text}”</source>
        <translation>開始点は -3, 4 のように2つの数値 x0, x1 で入力してください（「;」で区切ると複数の開始点が競争します）。「{text}」は使えません</translation>
    </message>
    <message>
        <source>The learning rate is empty: type a number such as 0.1 (several, separated by commas, race each other)</source>
        <translation>学習率が空です：0.1 のような数値を入力してください（カンマで区切った複数の値は互いに競争します）</translation>
    </message>
    <message>
        <source>The learning rate must be a number such as 0.1, not “{text}”</source>
        <translation>学習率には 0.1 のような数値を入力してください（「{text}」は数値ではありません）</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number, not {text}: x ← x − lr · grad would stand still or walk uphill</source>
        <translation>学習率は正の数でなければなりません（{text} は使えません）：x ← x − lr · grad がその場にとどまるか、坂を上ってしまいます</translation>
    </message>
    <message>
        <source>The learning rate must be a finite number, not {text}</source>
        <translation>学習率は有限の数値でなければなりません（{text} は使えません）</translation>
    </message>
    <message>
        <source>The number of steps must be a whole number from 0 to {limit}, not {text}</source>
        <translation>ステップ数は 0 から {limit} までの整数でなければなりません（{text} は使えません）</translation>
    </message>
    <message>
        <source>At most {limit} descents can race at once, not {count}</source>
        <translation>同時に競争できる下降は {limit} 個までです（{count} 個は多すぎます）</translation>
    </message>
    <message>
        <source>Race either several learning rates from one start or several starts at one learning rate, not both</source>
        <translation>1つの開始点から複数の学習率を競争させるか、1つの学習率で複数の開始点を競争させてください。両方を同時にはできません</translation>
    </message>
    <message>
        <source>f cannot be evaluated: {error}</source>
        <translation>f を計算できません：{error}</translation>
    </message>
    <message>
        <source>f(x) is not a number at the start point ({f0}): pick another start.</source>
        <translation>開始点で f(x) が数値になりません（{f0}）。別の開始点を選んでください。</translation>
    </message>
    <message>
        <source>Diverged: the learning rate {lr:g} is too large. Each step overshoots the minimum and lands farther away; by step {diverged_at} |x| was over a million times its start.</source>
        <translation>発散：学習率 {lr:g} は大きすぎます。各ステップが最小値を通り過ぎて、さらに遠くに着地します。ステップ {diverged_at} で |x| は開始時の100万倍を超えました。</translation>
    </message>
    <message>
        <source>Converged after {steps} steps to x = ({x0:.3g}, {x1:.3g}), f(x) = {f:.3g}: |grad| fell from {g0:.3g} to {g:.2g}, </source>
        <translation>{steps} ステップで x = ({x0:.3g}, {x1:.3g})、f(x) = {f:.3g} に収束しました。|grad| は {g0:.3g} から {g:.2g} まで減りました。 </translation>
    </message>
    <message>
        <source>Barely moved: with learning rate {lr:g} the point moved only {moved:.2g} in {steps} steps (x = ({x0:.9g}, {x1:.9g})). The learning rate is too small.</source>
        <translation>ほとんど動きません：学習率 {lr:g} では、{steps} ステップで点は {moved:.2g} しか動きませんでした（x = ({x0:.9g}, {x1:.9g})）。学習率が小さすぎます。</translation>
    </message>
    <message>
        <source>Still descending: f fell from {f0:.4g} to {f:.4g} in {steps} steps and |grad| = {g:.2g} is not yet near 0. </source>
        <translation>まだ下降中：{steps} ステップで f は {f0:.4g} から {f:.4g} に減りましたが、|grad| = {g:.2g} はまだ 0 に近くありません。 </translation>
    </message>
    <message>
        <source>Not converging: f went from {f0:.4g} to {f:.4g}; the steps overshoot the minimum. Try a smaller learning rate.</source>
        <translation>収束しません：f は {f0:.4g} から {f:.4g} になりました。各ステップが最小値を通り過ぎています。学習率を小さくしてみてください。</translation>
    </message>
    <message>
        <source>From step {stalled_at} the path seems to stop at x = ({stall_x0:.3g}, {stall_x1:.3g}), but only because the numerical gradient became 0: x ± h rounds to x (h = 1e-4 is smaller than the gap between floating-point numbers near {stall_size:.1e}). It did not converge: f = {stall_f:.3g}.</source>
        <translation>ステップ {stalled_at} から経路は x = ({stall_x0:.3g}, {stall_x1:.3g}) で止まったように見えますが、それは数値微分で求めた勾配が 0 になったためにすぎません：x ± h が丸められて x になります（h = 1e-4 は {stall_size:.1e} 付近の浮動小数点数の間隔より小さい）。収束したのではありません：f = {stall_f:.3g}。</translation>
    </message>
    <message>
        <source>More steps or a larger learning rate would get closer to the minimum.</source>
        <translation>ステップ数を増やすか学習率を大きくすれば、最小値にもっと近づきます。</translation>
    </message>
    <message>
        <source>The slope got steeper on the way ({g0:.3g} at the start): f may have no minimum in this direction, as beside a saddle point.</source>
        <translation>途中で傾きが急になりました（開始点では {g0:.3g}）：鞍点のそばのように、この方向には f の最小値がないかもしれません。</translation>
    </message>
    <message>
        <source>but f is lower close by: this is a saddle point, not a minimum.</source>
        <translation>ただし、すぐ近くに f がより低い所があります：これは最小値ではなく鞍点です。</translation>
    </message>
    <message>
        <source>and f is higher all around: a minimum.</source>
        <translation>周りはどこも f がより高いので、最小値です。</translation>
    </message>
    <message>
        <source>but f is flat here, the same all around: there is no minimum, and nothing to descend.</source>
        <translation>ただし、ここでは f は平らで、周りのどこでも同じ値です：最小値はなく、下る先もありません。</translation>
    </message>
    <message>
        <source>The path left the plotted area at step {0}; the red × marks where it crossed the edge (the view does not zoom out to follow it).</source>
        <translation>経路はステップ {0} で描画範囲の外に出ました。赤い × は端を越えた位置です（表示は経路を追って縮小しません）。</translation>
    </message>
    <message>
        <source>Press Play or Step to walk downhill: x ← x − lr · grad f(x) (Book 4.4.1).</source>
        <translation>再生または1ステップを押すと坂を下ります：x ← x − lr · grad f(x)（書籍 4.4.1）。</translation>
    </message>
    <message>
        <source>Diverging: each step lands farther away.</source>
        <translation>発散中：ステップごとに遠ざかっています。</translation>
    </message>
    <message>
        <source>Descending…</source>
        <translation>下降中…</translation>
    </message>
    <message>
        <source>grad f at ({0:.6g}, {1:.6g}) = {2}: the black arrow on the map</source>
        <translation>({0:.6g}, {1:.6g}) での grad f = {2}：等高線図の黒い矢印</translation>
    </message>
    <message>
        <source>Slices through the start ({0:.6g}, {1:.6g})</source>
        <translation>開始点 ({0:.6g}, {1:.6g}) を通る断面</translation>
    </message>
    <message>
        <source>Slices through the current point ({0:.6g}, {1:.6g}), step {2}</source>
        <translation>現在の点 ({0:.6g}, {1:.6g}) を通る断面、ステップ {2}</translation>
    </message>
    <message>
        <source>Slices through the mouse position ({0:.6g}, {1:.6g})</source>
        <translation>マウスの位置 ({0:.6g}, {1:.6g}) を通る断面</translation>
    </message>
    <message>
        <source>No slices at ({0}, {1}): not a finite point (the path ran away, or f was not defined where it started).</source>
        <translation>({0}, {1}) には断面がありません：有限の点ではありません（経路が遠くへ飛び出したか、開始点で f が定義されていません）。</translation>
    </message>
    <message>
        <source>Play, Step and Run to end are off until the field marked in red is corrected; the map shows the last valid setting.</source>
        <translation>赤く示した欄を直すまで、再生・1ステップ・最後まで実行は使えません。等高線図には最後の有効な設定が表示されています。</translation>
    </message>
    <message>
        <source>Computing {0} steps… {1}%</source>
        <translation>{0} ステップを計算中… {1}%</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>勾配降下法</translation>
    </message>
    <message>
        <source>Bad function: {0}</source>
        <translation>関数が正しくありません：{0}</translation>
    </message>
    <message>
        <source>step {0} of {1}
x = ({2:.9g}, {3:.9g})
f(x) = {4:.9g}
|grad| = {5:.4g}</source>
        <translation>ステップ {0}/{1}
x = ({2:.9g}, {3:.9g})
f(x) = {4:.9g}
|grad| = {5:.4g}</translation>
    </message>
    <message>
        <source>The 3-D view is off: {0}</source>
        <translation>3D 表示は使えません：{0}</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>3D 曲面</translation>
    </message>
    <message>
        <source>Slices: partial derivatives</source>
        <translation>断面：偏微分</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Loss functions</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>A loss function turns the network&apos;s output y and the correct answer t into one number that says how bad the output is: 0 when it is perfect. Learning means changing the weights so that the loss gets smaller. The mean squared error counts every output&apos;s miss; the cross-entropy error looks only at the output for the true class and punishes a small one hard. We learn on a loss, not on accuracy, because accuracy changes in jumps: its derivative is 0 almost everywhere.</source>
        <translation>損失関数は、ネットワークの出力 y と正解 t から、出力がどれだけ悪いかを表す1つの数値を作ります。完全に正しければ 0 です。学習とは、損失が小さくなるように重みを変えていくことです。2乗和誤差はすべての出力のずれを数えます。交差エントロピー誤差は正解クラスの出力だけを見て、それが小さいと大きな罰を与えます。認識精度ではなく損失を指標に学習するのは、認識精度が飛び飛びにしか変わらず、その微分がほとんどの場所で 0 になるからです。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Mean squared error&lt;/i&gt;&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;&lt;br&gt;&lt;i&gt;Cross-entropy error&lt;/i&gt;&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;&lt;br&gt;&lt;i&gt;Over a mini-batch of N&lt;/i&gt;&lt;br&gt;E = −(1/N) Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;</source>
        <translation>&lt;i&gt;2乗和誤差&lt;/i&gt;&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;&lt;br&gt;&lt;i&gt;交差エントロピー誤差&lt;/i&gt;&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;&lt;br&gt;&lt;i&gt;N 個のデータのミニバッチでは&lt;/i&gt;&lt;br&gt;E = −(1/N) Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Book 4.2 Loss functions: 4.2.1 mean squared error, 4.2.2 cross-entropy error, 4.2.3 mini-batch learning, 4.2.5 why set a loss function?</source>
        <translation>書籍 4.2 損失関数：4.2.1 2乗和誤差、4.2.2 交差エントロピー誤差、4.2.3 ミニバッチ学習、4.2.5 なぜ損失関数を設定するのか？</translation>
    </message>
    <message>
        <source>The book&apos;s right answer: &apos;2&apos; with 0.6</source>
        <translation>書籍の正しい答え：「2」が 0.6</translation>
    </message>
    <message>
        <source>Both losses are small (MSE 0.0975, cross-entropy 0.51): the true class 2 has the largest output.</source>
        <translation>どちらの損失も小さくなります（2乗和誤差 0.0975、交差エントロピー誤差 0.51）：正解クラス 2 の出力がいちばん大きいからです。</translation>
    </message>
    <message>
        <source>The book&apos;s wrong answer: &apos;7&apos; with 0.6</source>
        <translation>書籍の間違った答え：「7」が 0.6</translation>
    </message>
    <message>
        <source>Both losses grow (MSE 0.5975, cross-entropy 2.30): the true class 2 only gets 0.1, and −log 0.1 is large.</source>
        <translation>どちらの損失も大きくなります（2乗和誤差 0.5975、交差エントロピー誤差 2.30）：正解クラス 2 には 0.1 しかなく、−log 0.1 は大きいからです。</translation>
    </message>
    <message>
        <source>Numerical differentiation</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>The derivative is the slope of f at x: how fast f changes when x changes a tiny bit. A computer cannot let h go to 0, so the numerical derivative uses a small h. The central difference, taken on both sides of x, is much more accurate than the forward difference. But h must not be too small either: x + h is rounded to the nearest floating-point number, and below about 1e-8 that rounding error takes over. The book uses h = 1e-4.</source>
        <translation>微分は x における f の傾き、つまり x をほんの少し変えたときに f がどれだけ速く変わるかです。コンピュータは h を 0 に近づける極限を取れないので、数値微分では小さな h を使います。x の両側で取る中心差分は、前方差分よりずっと正確です。ただし h は小さすぎてもいけません：x + h はいちばん近い浮動小数点数に丸められ、およそ 1e-8 より小さくなるとこの丸め誤差が支配的になります。書籍では h = 1e-4 を使います。</translation>
    </message>
    <message>
        <source>df(x)/dx = lim&lt;sub&gt;h→0&lt;/sub&gt; (f(x + h) − f(x)) / h&lt;br&gt;&lt;i&gt;Central difference&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x − h)) / 2h&lt;br&gt;&lt;i&gt;Forward difference&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x)) / h</source>
        <translation>df(x)/dx = lim&lt;sub&gt;h→0&lt;/sub&gt; (f(x + h) − f(x)) / h&lt;br&gt;&lt;i&gt;中心差分&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x − h)) / 2h&lt;br&gt;&lt;i&gt;前方差分&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x)) / h</translation>
    </message>
    <message>
        <source>Book 4.3 Numerical differentiation: 4.3.1 derivatives, 4.3.2 an example of numerical differentiation, 4.3.3 partial derivatives</source>
        <translation>書籍 4.3 数値微分：4.3.1 微分、4.3.2 数値微分の例、4.3.3 偏微分</translation>
    </message>
    <message>
        <source>h = 1e-50 with forward difference</source>
        <translation>前方差分で h = 1e-50</translation>
    </message>
    <message>
        <source>The numerical derivative is exactly 0: 5 + 1e-50 rounds to 5, so f(x + h) − f(x) is 0. This is the book&apos;s example of a rounding error.</source>
        <translation>数値微分はちょうど 0 になります：5 + 1e-50 は 5 に丸められるので、f(x + h) − f(x) は 0 です。書籍が挙げる丸め誤差の例です。</translation>
    </message>
    <message>
        <source>h = 0.1: forward against central</source>
        <translation>h = 0.1：前方差分と中心差分</translation>
    </message>
    <message>
        <source>Forward gives 0.201 instead of 0.2: the slope of a secant through x and x + h. Switch to central: for this parabola the error all but vanishes.</source>
        <translation>前方差分は 0.2 ではなく 0.201 になります：x と x + h を通る割線の傾きです。中心差分に切り替えると、この放物線では誤差がほぼ消えます。</translation>
    </message>
    <message>
        <source>|x| at its kink</source>
        <translation>折れ曲がり点での |x|</translation>
    </message>
    <message>
        <source>The central difference says 0, yet |x| has no derivative at 0: the slope is −1 on the left and +1 on the right.</source>
        <translation>中心差分は 0 を返しますが、|x| は 0 で微分できません：傾きは左で −1、右で +1 です。</translation>
    </message>
    <message>
        <source>Gradient and gradient descent</source>
        <translation>勾配と勾配降下法</translation>
    </message>
    <message>
        <source>The gradient collects the partial derivatives of f, one per variable, in a vector. It points where f rises fastest, so −∇f, drawn as arrows, points downhill. Gradient descent takes a small step along −∇f again and again. The learning rate η sets the size of each step: too small and nothing seems to happen, too large and the steps overshoot and fly away. It is a hyperparameter: chosen by hand, not learned.</source>
        <translation>勾配は、f の偏微分を変数ごとに1つずつ集めてベクトルにしたものです。勾配は f がもっとも急に増える方向を指すので、矢印で描いた −∇f は坂を下る方向を指します。勾配降下法は −∇f の方向に少し進むことを何度も繰り返します。学習率 η は1回に進む大きさを決めます：小さすぎると何も起きないように見え、大きすぎると行き過ぎて飛んでいってしまいます。学習率はハイパーパラメータで、学習で決まるのではなく人の手で設定します。</translation>
    </message>
    <message>
        <source>∇f = (∂f/∂x&lt;sub&gt;0&lt;/sub&gt;, ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;)&lt;br&gt;x ← x − η∇f&lt;br&gt;&lt;i&gt;that is, for each variable&lt;/i&gt;&lt;br&gt;x&lt;sub&gt;0&lt;/sub&gt; ← x&lt;sub&gt;0&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;0&lt;/sub&gt;&lt;br&gt;x&lt;sub&gt;1&lt;/sub&gt; ← x&lt;sub&gt;1&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation>∇f = (∂f/∂x&lt;sub&gt;0&lt;/sub&gt;, ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;)&lt;br&gt;x ← x − η∇f&lt;br&gt;&lt;i&gt;変数ごとに書くと&lt;/i&gt;&lt;br&gt;x&lt;sub&gt;0&lt;/sub&gt; ← x&lt;sub&gt;0&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;0&lt;/sub&gt;&lt;br&gt;x&lt;sub&gt;1&lt;/sub&gt; ← x&lt;sub&gt;1&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Book 4.4 Gradient: 4.4.1 the gradient method (gradient descent); 4.3.3 partial derivatives</source>
        <translation>書籍 4.4 勾配：4.4.1 勾配法、4.3.3 偏微分</translation>
    </message>
    <message>
        <source>The book&apos;s run: lr = 0.1 from (−3, 4)</source>
        <translation>書籍の例：(−3, 4) から lr = 0.1</translation>
    </message>
    <message>
        <source>After 100 steps x is about (−6.1e-10, 8.1e-10), the book&apos;s result: practically the minimum (0, 0).</source>
        <translation>100 ステップ後の x はおよそ (−6.1e-10, 8.1e-10) で、書籍と同じ結果です：ほぼ最小値 (0, 0) です。</translation>
    </message>
    <message>
        <source>lr = 10: why does it seem to stop?</source>
        <translation>lr = 10：なぜ止まったように見える？</translation>
    </message>
    <message>
        <source>The first steps throw x out to about −2.6e13, and there it stays: not a minimum, the numerical gradient became 0 because x ± h rounds to x.</source>
        <translation>最初の数ステップで x は約 −2.6e13 まで飛ばされ、そこにとどまります：最小値ではありません。x ± h が丸められて x になるため、数値微分の勾配が 0 になったのです。</translation>
    </message>
    <message>
        <source>lr = 1e-10: why does nothing happen?</source>
        <translation>lr = 1e-10：なぜ何も起きない？</translation>
    </message>
    <message>
        <source>After 100 steps x is (−2.99999994, 3.99999992), the book&apos;s result: each step moves only η|∇f| = 1e-9.</source>
        <translation>100 ステップ後の x は (−2.99999994, 3.99999992) で、書籍と同じ結果です：1ステップで動くのは η|∇f| = 1e-9 だけです。</translation>
    </message>
    <message>
        <source>The gradient of a neural network</source>
        <translation>ニューラルネットワークに対する勾配</translation>
    </message>
    <message>
        <source>For a network, the function to minimise is the loss L, and its variables are the weights W. The gradient ∂L/∂W has the shape of W: each entry says how much L changes when that one weight moves a little. The book computes it for a 2×3 simpleNet with numerical_gradient and a lambda that ignores its argument. A gradient step moves every weight against its own partial derivative.</source>
        <translation>ニューラルネットワークでは、最小化する関数は損失関数 L で、その変数は重み W です。勾配 ∂L/∂W は W と同じ形をしていて、各要素は、その重みを少し動かしたときに L がどれだけ変わるかを表します。書籍では 2×3 の simpleNet について、引数を使わない lambda と numerical_gradient でこれを求めます。勾配法の1ステップで、各重みは自分の偏微分と逆向きに動きます。</translation>
    </message>
    <message>
        <source>∂L/∂W = (∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;the same 2×3 shape as W&lt;/i&gt;&lt;br&gt;L(w + h) − L(w) ≈ (∂L/∂w) h&lt;br&gt;W ← W − η ∂L/∂W</source>
        <translation>∂L/∂W = (∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;W と同じ 2×3 の形&lt;/i&gt;&lt;br&gt;L(w + h) − L(w) ≈ (∂L/∂w) h&lt;br&gt;W ← W − η ∂L/∂W</translation>
    </message>
    <message>
        <source>Book 4.4.2 The gradient of a neural network (simpleNet)</source>
        <translation>書籍 4.4.2 ニューラルネットワークに対する勾配（simpleNet）</translation>
    </message>
    <message>
        <source>Nudge w12 by h = 0.01</source>
        <translation>w12 を h = 0.01 だけ動かす</translation>
    </message>
    <message>
        <source>The loss changes by almost exactly ∂L/∂w12 × 0.01: what the partial derivative predicts.</source>
        <translation>損失はほぼちょうど ∂L/∂w12 × 0.01 だけ変わります：偏微分が予測するとおりです。</translation>
    </message>
    <message>
        <source>One gradient step with lr = 0.5</source>
        <translation>lr = 0.5 で勾配法を1ステップ</translation>
    </message>
    <message>
        <source>Every weight moved against its own partial derivative, and the loss went down.</source>
        <translation>どの重みも自分の偏微分と逆向きに動き、損失が下がりました。</translation>
    </message>
    <message>
        <source>Repeat gradient steps</source>
        <translation>勾配法のステップを繰り返す</translation>
    </message>
    <message>
        <source>The steps repeat on their own: the loss falls quickly at first, then more and more slowly as the gradient shrinks.</source>
        <translation>ステップが自動で繰り返されます：損失は最初は速く、勾配が小さくなるにつれてだんだんゆっくり下がります。</translation>
    </message>
    <message>
        <source>Training on MNIST</source>
        <translation>MNIST での学習</translation>
    </message>
    <message>
        <source>Training repeats four steps: pick a random mini-batch of training images, compute the gradient of the loss for every weight, move each weight a little against it, repeat. One epoch is as many iterations as it takes to go through the training data once; after each, the recognition accuracy is measured on the training and the test data. If both rise together, the network generalises; a widening gap would be overfitting. Backpropagation (chapter 5) gives the same gradient as numerical differentiation, thousands of times faster.</source>
        <translation>学習は4つの手順の繰り返しです：訓練データからランダムにミニバッチを選び、すべての重みについて損失関数の勾配を求め、各重みを勾配と逆向きに少し動かし、これを繰り返します。1エポックは訓練データをひととおり見るのに必要な反復回数で、エポックごとに訓練データとテストデータで認識精度を測ります。両方がそろって上がれば、ネットワークは汎化しています。差が開いていけば過学習です。誤差逆伝播法（第5章）は、数値微分と同じ勾配を何千倍も速く求めます。</translation>
    </message>
    <message>
        <source>y = softmax(sigmoid(x W&lt;sub&gt;1&lt;/sub&gt; + b&lt;sub&gt;1&lt;/sub&gt;) W&lt;sub&gt;2&lt;/sub&gt; + b&lt;sub&gt;2&lt;/sub&gt;)&lt;br&gt;W ← W − η ∂L/∂W&lt;br&gt;&lt;i&gt;for W&lt;sub&gt;1&lt;/sub&gt;, b&lt;sub&gt;1&lt;/sub&gt;, W&lt;sub&gt;2&lt;/sub&gt; and b&lt;sub&gt;2&lt;/sub&gt;&lt;/i&gt;&lt;br&gt;&lt;i&gt;iterations per epoch = training images / batch size&lt;/i&gt;</source>
        <translation>y = softmax(sigmoid(x W&lt;sub&gt;1&lt;/sub&gt; + b&lt;sub&gt;1&lt;/sub&gt;) W&lt;sub&gt;2&lt;/sub&gt; + b&lt;sub&gt;2&lt;/sub&gt;)&lt;br&gt;W ← W − η ∂L/∂W&lt;br&gt;&lt;i&gt;W&lt;sub&gt;1&lt;/sub&gt;、b&lt;sub&gt;1&lt;/sub&gt;、W&lt;sub&gt;2&lt;/sub&gt;、b&lt;sub&gt;2&lt;/sub&gt; のそれぞれについて&lt;/i&gt;&lt;br&gt;&lt;i&gt;1エポックの反復回数 = 訓練画像の数 / バッチサイズ&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Book 4.5 Implementing the learning algorithm: 4.5.1 a two-layer network class, 4.5.2 mini-batch training, 4.5.3 evaluating with test data</source>
        <translation>書籍 4.5 学習アルゴリズムの実装：4.5.1 2層ニューラルネットワークのクラス、4.5.2 ミニバッチ学習の実装、4.5.3 テストデータで評価</translation>
    </message>
    <message>
        <source>A hidden layer of 5 units</source>
        <translation>隠れ層のニューロンを 5 個に</translation>
    </message>
    <message>
        <source>Five hidden units still learn digits, but the test accuracy ends near 70 % instead of about 87 % with 50 units.</source>
        <translation>隠れ層が 5 個でも数字は学習できますが、テストデータの認識精度は 50 個のときの約 87 % ではなく、70 % 前後にとどまります。</translation>
    </message>
    <message>
        <source>Learning rate 0.01 instead of 0.1</source>
        <translation>学習率を 0.1 ではなく 0.01 に</translation>
    </message>
    <message>
        <source>The loss hardly falls in 1200 iterations (test accuracy about 16 %): every step is ten times smaller. Try 0.5 for comparison: about 92 %.</source>
        <translation>1200 回反復しても損失はほとんど下がりません（テストデータの認識精度は約 16 %）：1ステップが10分の1になるからです。比較のために 0.5 も試してみましょう：約 92 % になります。</translation>
    </message>
    <message>
        <source>Train with the numerical gradient</source>
        <translation>数値微分で学習する</translation>
    </message>
    <message>
        <source>Each iteration changes each of this tiny net&apos;s 2395 parameters twice to measure the gradient, so it crawls; backpropagation gets the same gradient at a tiny fraction of the cost.</source>
        <translation>この小さなネットワークの 2395 個のパラメータを、反復ごとにそれぞれ2回ずつ動かして勾配を測るので、とても遅く進みます。誤差逆伝播法なら同じ勾配をごくわずかな計算で求められます。</translation>
    </message>
</context>
<context>
    <name>HelpDock</name>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>&amp;Help for this tab</source>
        <translation>このタブのヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Help for this tab ({0})</source>
        <translation>このタブのヘルプ（{0}）</translation>
    </message>
    <message>
        <source>This experiment could not be set up: {0}</source>
        <translation>この実験を準備できませんでした：{0}</translation>
    </message>
    <message>
        <source>The tab cannot start this now; the status bar says why.</source>
        <translation>タブは今この実験を始められません。理由はステータスバーに表示されています。</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Try this</source>
        <translation>試してみよう</translation>
    </message>
    <message>
        <source>There is no help for this tab yet.</source>
        <translation>このタブのヘルプはまだありません。</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>ここに注目：</translation>
    </message>
</context>
<context>
    <name>HyperparameterForm</name>
    <message>
        <source>Backpropagation</source>
        <extracomment>The numeric hyperparameters the form shows and remembers, in ``TrainConfig``&apos;s names (Book 4.5.2). MNIST&apos;s sizes: the form shows them where ``TrainConfig`` says ``None`` (the whole set).</extracomment>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>Backpropagation (Book 5): the chain rule gives every weight&apos;s gradient from one backward pass.</source>
        <translation>誤差逆伝播法（書籍 第5章）：連鎖律により、1回の逆伝播ですべての重みの勾配を求めます。</translation>
    </message>
    <message>
        <source>Numerical (structured)</source>
        <translation>数値微分（構造化）</translation>
    </message>
    <message>
        <source>True central differences for every weight, like the book&apos;s loop, recomputing only the losses a weight changes: the curves follow backprop&apos;s.</source>
        <translation>書籍のループと同じく、すべての重みについて本当に中心差分を取りますが、その重みが変える損失だけを計算し直します：曲線は誤差逆伝播法の曲線に重なります。</translation>
    </message>
    <message>
        <source>Numerical (book, one weight at a time)</source>
        <translation>数値微分（書籍、重みを1つずつ）</translation>
    </message>
    <message>
        <source>The book&apos;s loop (Book 4.5): the network runs twice per weight, about 80,000 times per iteration.</source>
        <translation>書籍のループ（書籍 4.5）：重み1つごとにネットワークを2回計算するので、反復1回あたり約 80,000 回計算します。</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>反復回数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隠れ層のニューロン数</translation>
    </message>
    <message>
        <source>Weight init std</source>
        <translation>重みの初期値の標準偏差</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>訓練画像の数</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>テスト画像の数</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>ハイパーパラメータ</translation>
    </message>
    <message>
        <source>Measured on this computer: {0} per iteration, about {1} for the whole run (h:mm:ss, with {2} accuracy checks).</source>
        <translation>このコンピュータでの測定：反復1回あたり {0}、全体で約 {1}（h:mm:ss、認識精度の測定 {2} 回を含む）。</translation>
    </message>
    <message>
        <source>Pause and Stop act at once, inside an iteration too.</source>
        <translation>一時停止と停止は、反復の途中でもすぐに効きます。</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>勾配の計算</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>システム（{language}）</translation>
    </message>
    <message>
        <source>ScratchNN already shows {language}.</source>
        <translation>ScratchNN はすでに {language} で表示されています。</translation>
    </message>
    <message>
        <source>ScratchNN will show {language} the next time it starts.</source>
        <translation>次回の起動から、ScratchNN は {language} で表示されます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>ScratchNN could not start again by itself. Your choice is saved: quit and start ScratchNN to see {language}.</source>
        <translation>ScratchNN を自動で再起動できませんでした。選択は保存されています：ScratchNN を終了してもう一度起動すると {language} で表示されます。</translation>
    </message>
    <message>
        <source>ScratchNN shows {language} after a restart. Restart now? The window and every tab&apos;s inputs are kept.</source>
        <translation>再起動すると ScratchNN は {language} で表示されます。今すぐ再起動しますか？ウィンドウと各タブの入力はそのまま保たれます。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>LogSlider</name>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Learning rate on a logarithmic scale, 1e-12 to 100. Marked: the book&apos;s 1e-10 (too small), 0.1 (just right) and 10 (too large).</source>
        <translation>対数目盛の学習率（1e-12 から 100 まで）。書籍の 1e-10（小さすぎる）、0.1（ちょうどよい）、10（大きすぎる）に印があります。</translation>
    </message>
</context>
<context>
    <name>LossTab</name>
    <message>
        <source>Loss functions</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>Network output y (bars, drag them) and the one-hot target t</source>
        <translation>ネットワークの出力 y（棒、ドラッグで変更）と one-hot 表現の正解 t</translation>
    </message>
    <message>
        <source>class k</source>
        <translation>クラス k</translation>
    </message>
    <message>
        <source>t: 1 for the true digit, 0 elsewhere</source>
        <translation>t：正解の数字は 1、それ以外は 0</translation>
    </message>
    <message>
        <source>½(y_k − t_k)²: each class&apos;s share of MSE</source>
        <translation>½(y_k − t_k)²：2乗和誤差への各クラスの寄与</translation>
    </message>
    <message>
        <source>y of the true class</source>
        <translation>正解クラスの y</translation>
    </message>
    <message>
        <source>Cross-entropy = −log(y_true + 1e-7)</source>
        <translation>交差エントロピー誤差 = −log(y_true + 1e-7)</translation>
    </message>
    <message>
        <source>Output probability y_%1</source>
        <translation>出力確率 y_%1</translation>
    </message>
    <message>
        <source>Make %1 the true digit (t is one-hot)</source>
        <translation>%1 を正解の数字にする（t は one-hot 表現）</translation>
    </message>
    <message>
        <source>Drag a bar (or the slider under it) to set the output y_k; the round buttons pick the true digit. A softmax output sums to 1: press Normalise after editing.</source>
        <translation>棒（またはその下のスライダー）をドラッグして出力 y_k を決め、丸いボタンで正解の数字を選びます。ソフトマックスの出力は合計が 1 なので、編集したら「正規化」を押してください。</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Every output counts: the orange bars are its ten terms.</source>
        <translation>すべての出力が効きます：オレンジの棒がその10個の項です。</translation>
    </message>
    <message>
        <source>t is one-hot, so only the true class&apos;s output counts: E = −log(y_true + 1e-7), the yellow point on the curve below.</source>
        <translation>t は one-hot 表現なので、正解クラスの出力だけが効きます：E = −log(y_true + 1e-7)、下の曲線上の黄色い点です。</translation>
    </message>
    <message>
        <source>Book example 1: &apos;2&apos; with 0.6</source>
        <translation>書籍の例 1：「2」が 0.6</translation>
    </message>
    <message>
        <source>Book example 2: &apos;7&apos; with 0.6</source>
        <translation>書籍の例 2：「7」が 0.6</translation>
    </message>
    <message>
        <source>Normalise to sum 1</source>
        <translation>合計が 1 になるよう正規化</translation>
    </message>
    <message>
        <source>Why + 1e-7? log 0 is −∞: a zero output for the true class would make the loss infinite. With delta the worst loss is −log(1e-7) ≈ 16.1. Why a loss and not accuracy? Accuracy jumps in steps, so its derivative is 0 almost everywhere; a loss changes smoothly (Book 4.2.5).</source>
        <translation>なぜ + 1e-7？ log 0 は −∞ なので、正解クラスの出力が 0 だと損失が無限大になります。delta を足せば、最悪でも損失は −log(1e-7) ≈ 16.1 です。なぜ認識精度ではなく損失を使うのか？ 認識精度は階段状に跳ぶので、その微分はほとんどの場所で 0 になります。損失はなめらかに変わります（書籍 4.2.5）。</translation>
    </message>
    <message>
        <source>The network&apos;s output for your digit, with {0} as the true digit.</source>
        <translation>描いた数字に対するネットワークの出力です。正解の数字は {0} です。</translation>
    </message>
    <message>
        <source>Book example 1: the network says &apos;2&apos; with 0.6, and 2 is right.</source>
        <translation>書籍の例 1：ネットワークは「2」を 0.6 と答え、正解は 2 です。</translation>
    </message>
    <message>
        <source>Book example 2: the network says &apos;7&apos; with 0.6, but 2 is right.</source>
        <translation>書籍の例 2：ネットワークは「7」を 0.6 と答えましたが、正解は 2 です。</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>Cross-entropy error</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source> (a softmax output sums to 1: press Normalise)</source>
        <translation> （ソフトマックスの出力は合計 1：「正規化」を押してください）</translation>
    </message>
    <message>
        <source>Σ y_k = %1</source>
        <translation>Σ y_k = %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save weights…</source>
        <translation>重みを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Load weights…</source>
        <translation>重みを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>Export plot as &amp;PNG…</source>
        <translation>グラフを PNG で書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation>データを CSV で書き出す(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;MNIST for the book&apos;s code…</source>
        <translation>本のコード用に MNIST を書き出す(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ScratchNN</source>
        <translation>ScratchNN について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit ScratchNN?</source>
        <translation>ScratchNN を終了しますか？</translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation>重みを保存</translation>
    </message>
    <message>
        <source>There is no network to save yet: train one on the MNIST training tab or load weights first.</source>
        <translation>保存するネットワークがまだありません：先に MNIST 学習タブで学習するか、重みを読み込んでください。</translation>
    </message>
    <message>
        <source>NumPy weights (*.npz)</source>
        <translation>NumPy の重み (*.npz)</translation>
    </message>
    <message>
        <source>Could not save the weights to {path}.</source>
        <translation>重みを {path} に保存できませんでした。</translation>
    </message>
    <message>
        <source>Weights saved to {path}</source>
        <translation>重みを {path} に保存しました</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>重みを読み込む</translation>
    </message>
    <message>
        <source>NumPy weights (*.npz);;All files (*)</source>
        <translation>NumPy の重み (*.npz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not load weights from {path}.</source>
        <translation>{path} から重みを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Weights loaded from {path}</source>
        <translation>{path} から重みを読み込みました</translation>
    </message>
    <message>
        <source>MNIST exported to {folder}</source>
        <translation>MNIST を {folder} に書き出しました</translation>
    </message>
    <message>
        <source>Export plot as PNG</source>
        <translation>グラフを PNG で書き出す</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>データを CSV で書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Could not export to {path}.</source>
        <translation>{path} に書き出せませんでした。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
</context>
<context>
    <name>MistakesPage</name>
    <message>
        <source>All mistakes</source>
        <translation>すべての間違い</translation>
    </message>
    <message>
        <source>Page through every wrong answer, the most confident first.</source>
        <translation>間違えた答えをすべて、確信度の高い順にページをめくって見ます。</translation>
    </message>
    <message>
        <source>After a run (or loading weights) the test digits are sorted here by what the network answered.</source>
        <translation>実行が終わると（または重みを読み込むと）、テストデータの数字がネットワークの答えごとにここに分類されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; of the test set: {0:,} of {1:,} digits right, {2:.2%} (the diagonal&apos;s share). Click a cell to see its digits.</source>
        <translation>テストデータの&lt;b&gt;混同行列&lt;/b&gt;：{1:,} 個中 {0:,} 個が正解、{2:.2%}（対角線の割合）。セルをクリックすると、その数字が表示されます。</translation>
    </message>
    <message>
        <source>All {0:,} mistakes, the most confident first</source>
        <translation>すべての間違い {0:,} 個（確信度の高い順）</translation>
    </message>
    <message>
        <source>True {0}, answered {1}: {2:,} digits</source>
        <translation>正解 {0}、答え {1}：{2:,} 個</translation>
    </message>
</context>
<context>
    <name>MnistDialog</name>
    <message>
        <source>Export MNIST for the book&apos;s code</source>
        <translation>本のコード用に MNIST を書き出す</translation>
    </message>
    <message>
        <source>These files are already in {folder}:
{names}

Replace them with ScratchNN&apos;s copy of MNIST?</source>
        <translation>{folder} にはすでに次のファイルがあります：
{names}

ScratchNN が持つ MNIST で置き換えますか？</translation>
    </message>
    <message>
        <source>Nothing was exported to {folder}: {error}</source>
        <translation>{folder} には何も書き出せませんでした：{error}</translation>
    </message>
    <message>
        <source>Wrote the four MNIST files to {folder}, their contents checked by MD5:
{names}

Next: put them in the book&apos;s dataset/ folder, next to mnist.py. Its load_mnist() then finds them and never downloads. If dataset/ holds a mnist.pkl from an earlier failed attempt, delete it first so that load_mnist() rebuilds it from these files.</source>
        <translation>MNIST の 4 つのファイルを {folder} に書き出し、内容を MD5 で確認しました：
{names}

次に、これらを本の dataset/ フォルダ（mnist.py と同じ場所）に置いてください。load_mnist() がこれらを見つけ、ダウンロードしなくなります。以前の失敗で dataset/ に mnist.pkl が残っている場合は、先に削除してください。load_mnist() がこれらのファイルから作り直します。</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Red pixels excite the unit, blue ones inhibit it; white ones hardly matter. Click a square to enlarge it.</source>
        <translation>赤いピクセルはニューロンを興奮させ、青いピクセルは抑制します。白いピクセルはほとんど影響しません。四角をクリックすると拡大します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}-{1}-{2}&lt;/b&gt;: {0} input pixels (28×28), a hidden layer of {1} sigmoid units, {2} softmax outputs: &lt;b&gt;{3:,} parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}-{1}-{2}&lt;/b&gt;：入力ピクセル {0} 個（28×28）、シグモイドのニューロン {1} 個の隠れ層、ソフトマックスの出力 {2} 個：&lt;b&gt;パラメータ {3:,} 個&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation>まだネットワークがありません</translation>
    </message>
    <message>
        <source>Hidden unit {0}: its 784 weights</source>
        <translation>隠れ層のニューロン {0}：784 個の重み</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; click a weight in W (its cell turns orange) and press “+h”, or drag the cell up or down. Then press “Gradient step” or “Train”: all six weights move against dW at once.</source>
        <translation>&lt;b&gt;ここから始めましょう：&lt;/b&gt;W の重みを1つクリックして（セルがオレンジ色になります）「+h」を押すか、セルを上下にドラッグします。次に「勾配法で1ステップ」か「学習」を押すと、6つの重みがすべて同時に dW と逆向きに動きます。</translation>
    </message>
    <message>
        <source>Examples from the study notes (4.4.2)</source>
        <translation>学習ノートの例（4.4.2）</translation>
    </message>
    <message>
        <source>Input x and true class t</source>
        <translation>入力 x と正解クラス t</translation>
    </message>
    <message>
        <source>Make class {k} the true class: t is 1 there, 0 elsewhere</source>
        <translation>クラス {k} を正解クラスにする：t はそこだけ 1、ほかは 0（one-hot 表現）</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>正解クラス</translation>
    </message>
    <message>
        <source>Nudge the picked weight by h</source>
        <translation>選んだ重みを h だけ動かす</translation>
    </message>
    <message>
        <source>The book reads dW this way: raising the weight by h changes the loss by about dW·h. A positive dW means: lower this weight to lower the loss.</source>
        <translation>書籍では dW をこう読みます：重みを h だけ増やすと、損失はおよそ dW·h だけ変わります。dW が正なら、損失を下げるにはこの重みを下げればよいということです。</translation>
    </message>
    <message>
        <source>The book&apos;s code for the numerical dW</source>
        <translation>数値微分で dW を求める書籍のコード</translation>
    </message>
    <message>
        <source>Learning: W ← W − lr·dW</source>
        <translation>学習：W ← W − lr·dW</translation>
    </message>
    <message>
        <source>descend</source>
        <translation>下げる損失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Gradient step</source>
        <translation>勾配法で1ステップ</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Watch the decision regions turn toward their points and the batch loss fall; accuracy climbs in steps.</source>
        <translation>決定領域がそれぞれの点のほうへ向きを変え、バッチの損失が下がっていく様子を見てください。認識精度は階段状に上がります。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Picked: {name} = {value}; its dW is {dW:.8f}</source>
        <translation>選択中：{name} = {value}、その dW は {dW:.8f}</translation>
    </message>
    <message>
        <source>Steps since W was set: {steps}
Loss being descended: {first:.4f} → {now:.4f}
Accuracy on the 45 points: {accuracy:.0%}</source>
        <translation>W を設定してからのステップ数：{steps}
下げている損失：{first:.4f} → {now:.4f}
45 点での認識精度：{accuracy:.0%}</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Notes 000: loss 2.93, dW for class 2 (the demo)</source>
        <translation>学習ノート 000：損失 2.93、クラス 2 に対する dW（デモ）</translation>
    </message>
    <message>
        <source>Notes 001: loss 1.04, dW for class 0</source>
        <translation>学習ノート 001：損失 1.04、クラス 0 に対する dW</translation>
    </message>
    <message>
        <source>Notes 001: another randn(2, 3) draw</source>
        <translation>学習ノート 001：randn(2, 3) で引いたもう1組の値</translation>
    </message>
    <message>
        <source>Toy batch: mean cross-entropy of 45 points</source>
        <translation>45 点のバッチ：交差エントロピー誤差の平均</translation>
    </message>
    <message>
        <source>One sample: the book&apos;s x and t</source>
        <translation>サンプル1つ：書籍の x と t</translation>
    </message>
    <message>
        <source>The lambda ignores its argument w: numerical_gradient changes net.W itself, one entry at a time, and net.loss(x, t) reads net.W.</source>
        <translation>lambda は引数 w を使いません：numerical_gradient が net.W そのものを1要素ずつ変え、net.loss(x, t) がその net.W を読みます。</translation>
    </message>
    <message>
        <source>Largest difference {difference:.1e}: the book&apos;s loss adds δ = 1e-7 inside the log and x^T(y − t) is the slope without it; the central difference itself is off by only {rest:.1e}.</source>
        <translation>最大の差 {difference:.1e}：書籍の損失関数は log の中に δ = 1e-7 を足しており、x^T(y − t) は δ がないときの傾きです。中心差分そのものの誤差は {rest:.1e} にすぎません。</translation>
    </message>
    <message>
        <source>Raising {name} by h = {h:g} changed the loss by {actual:.6g}; dW·h predicts {predicted:.6g}.</source>
        <translation>{name} を h = {h:g} だけ増やすと、損失は {actual:.6g} 変わりました。dW·h による予測は {predicted:.6g} です。</translation>
    </message>
    <message>
        <source>{name} must be a number, not “{text}”.</source>
        <translation>{name} には数値を入力してください（「{text}」は数値ではありません）。</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {text}.</source>
        <translation>{name} は有限の数値でなければなりません（{text} は使えません）。</translation>
    </message>
    <message>
        <source>W is 2×3: there is no weight at row {row}, column {col}.</source>
        <translation>W は 2×3 です：{row} 行 {col} 列に重みはありません。</translation>
    </message>
    <message>
        <source>W must be 2×3 numbers, not an array of shape {shape}.</source>
        <translation>W は 2×3 個の数値でなければなりません（形状 {shape} の配列は使えません）。</translation>
    </message>
    <message>
        <source>The true class must be 0, 1 or 2, not “{text}”.</source>
        <translation>正解クラスは 0、1、2 のいずれかです（「{text}」は使えません）。</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and at most {max:g}, not “{text}”.</source>
        <translation>学習率は 0 より大きく {max:g} 以下の数値でなければなりません（「{text}」は使えません）。</translation>
    </message>
    <message>
        <source>{name} must lie between −{max:g} and {max:g}, not {text}.</source>
        <translation>{name} は −{max:g} から {max:g} の間でなければなりません（{text} は使えません）。</translation>
    </message>
    <message>
        <source>h must be a finite number other than 0, not “{text}”.</source>
        <translation>h は 0 以外の有限の数値でなければなりません（「{text}」は使えません）。</translation>
    </message>
    <message>
        <source>This step would move a weight beyond ±{max:g}: lower the learning rate.</source>
        <translation>このステップでは重みが ±{max:g} を超えてしまいます：学習率を下げてください。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>Loss along {name}:</source>
        <translation>{name} 方向の損失：</translation>
    </message>
    <message>
        <source>the book&apos;s x, t</source>
        <translation>書籍の x, t</translation>
    </message>
    <message>
        <source>toy batch</source>
        <translation>45 点のバッチ</translation>
    </message>
    <message>
        <source>Accuracy on the toy batch along {name}</source>
        <translation>{name} 方向の認識精度（45 点のバッチ）</translation>
    </message>
    <message>
        <source>Toy batch, regions of argmax(xW)</source>
        <translation>45 点のバッチと argmax(xW) の領域</translation>
    </message>
    <message>
        <source>the book&apos;s x</source>
        <translation>書籍の x</translation>
    </message>
    <message>
        <source>Network gradient</source>
        <translation>ネットワークの勾配</translation>
    </message>
    <message>
        <source>Loaded {0}.</source>
        <translation>{0} を読み込みました。</translation>
    </message>
    <message>
        <source>Training: {0} gradient steps a second.</source>
        <translation>学習中：勾配法を1秒あたり {0} ステップ進めています。</translation>
    </message>
    <message>
        <source>Training stopped after {steps} steps: the loss has levelled off at {loss:.4f} (accuracy {accuracy:.0%}).</source>
        <translation>{steps} ステップで学習を停止しました：損失は {loss:.4f} で横ばいになりました（認識精度 {accuracy:.0%}）。</translation>
    </message>
    <message>
        <source>Training paused after {steps} steps: the loss is {loss:.4f} (accuracy {accuracy:.0%}). Press Train to go on.</source>
        <translation>{steps} ステップで学習を一時停止しました：損失は {loss:.4f}（認識精度 {accuracy:.0%}）です。続けるには「学習」を押してください。</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>class {k}</source>
        <translation>クラス {k}</translation>
    </message>
    <message>
        <source>Blue is negative, red positive. Row i multiplies x_i; column k gives the score of class k.</source>
        <translation>青は負、赤は正です。i 行目は x_i に掛けられ、k 列目はクラス k のスコアを与えます。</translation>
    </message>
    <message>
        <source>p = x·W are the scores, y = softmax(p) the probabilities, t the one-hot target.</source>
        <translation>p = x·W はスコア、y = softmax(p) は確率、t は one-hot 表現の正解ラベルです。</translation>
    </message>
    <message>
        <source>W: click a weight to pick it; type or drag</source>
        <translation>W：クリックで重みを選び、入力かドラッグ</translation>
    </message>
    <message>
        <source>Forward pass: p = xW, y = softmax(p)</source>
        <translation>順伝播：p = xW, y = softmax(p)</translation>
    </message>
    <message>
        <source>numerical_gradient (the book&apos;s code)</source>
        <translation>numerical_gradient（書籍のコード）</translation>
    </message>
    <message>
        <source>analytic: x^T(y − t)</source>
        <translation>解析的微分：x^T(y − t)</translation>
    </message>
    <message>
        <source>dW: how the loss changes with each weight, computed two ways</source>
        <translation>dW：各重みに対する損失の変化（偏微分）、2通りの方法で計算</translation>
    </message>
    <message>
        <source>loss = −Σ t log(y + 1e-7) = {loss}&lt;br&gt;The net answers class {answer} (largest p); the true class is {target}.</source>
        <translation>損失 = −Σ t log(y + 1e-7) = {loss}&lt;br&gt;答えはクラス {answer}（p が最大）、正解クラスは {target} です。</translation>
    </message>
    <message>
        <source>largest |numerical − analytic| = {0:.2e}</source>
        <translation>|数値微分 − 解析的微分| の最大値 = {0:.2e}</translation>
    </message>
    <message>
        <source>Dashed: tangents at the yellow points. The loss tangent&apos;s slope is dW for {name}: a partial derivative is the slope of this slice (4.3.3). Accuracy only steps, so its tangent is flat and shows no way down (4.2.5).</source>
        <translation>破線：黄色い点での接線。損失の接線の傾きが {name} に対する dW です：偏微分とは、このような断面の傾きです（4.3.3）。認識精度は階段状にしか変わらないので、接線は水平で、下る方向を示しません（4.2.5）。</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Test acc</source>
        <translation>テスト精度</translation>
    </message>
    <message>
        <source>Train acc</source>
        <translation>訓練精度</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>反復回数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>実行を削除</translation>
    </message>
    <message>
        <source>Forget the selected run: its row and its curves.</source>
        <translation>選択した実行を削除します：表の行もグラフの曲線も消えます。</translation>
    </message>
    <message>
        <source>Export all runs as CSV…</source>
        <translation>すべての実行を CSV で書き出す…</translation>
    </message>
    <message>
        <source>One table of every run: settings, outcome, losses and per-epoch accuracies.</source>
        <translation>すべての実行を1つの表に：設定、結果、損失、エポックごとの認識精度。</translation>
    </message>
    <message>
        <source>Tick to show this run&apos;s curves; untick to hide them.</source>
        <translation>チェックするとこの実行の曲線を表示し、外すと隠します。</translation>
    </message>
</context>
<context>
    <name>ScratchNN</name>
    <message>
        <source>ScratchNN: unexpected error</source>
        <translation>ScratchNN：予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

ScratchNN keeps running. If a tab looks wrong, restart the app. The details below help a bug report.</source>
        <translation>問題が発生しました：{error}

ScratchNN は動作を続けます。タブの表示がおかしい場合は、アプリを再起動してください。以下の詳細はバグ報告に役立ちます。</translation>
    </message>
</context>
<context>
    <name>SlicePlots</name>
    <message>
        <source>the start</source>
        <translation>開始点</translation>
    </message>
    <message>
        <source>the current point of the descent</source>
        <translation>勾配降下法の現在の点</translation>
    </message>
    <message>
        <source>Slices at</source>
        <translation>断面の位置</translation>
    </message>
    <message>
        <source>Rest the mouse on the map to see the slices there.</source>
        <translation>等高線図の上にマウスを置くと、その点の断面が表示されます。</translation>
    </message>
    <message>
        <source>On the map, the black arrow is grad f = (∂f/∂x0, ∂f/∂x1) at this point, made of the two coloured slopes (drawn at a fixed length); the grey arrows show −grad f, the way gradient descent goes.</source>
        <translation>等高線図の黒い矢印は、この点での grad f = (∂f/∂x0, ∂f/∂x1) で、色の付いた2つの傾きからできています（長さは一定で描画）。灰色の矢印は −grad f、つまり勾配降下法が進む方向です。</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>Drag to turn the surface, scroll to zoom.</source>
        <translation>ドラッグで曲面を回転、スクロールで拡大・縮小します。</translation>
    </message>
</context>
<context>
    <name>TangentTab</name>
    <message>
        <source>x must be a finite number</source>
        <translation>x は有限の数値でなければなりません</translation>
    </message>
    <message>
        <source>the x range needs min &lt; max, at most {width:g} wide</source>
        <translation>x の範囲は min &lt; max で、幅が {width:g} 以下でなければなりません</translation>
    </message>
    <message>
        <source>h must be between 1e-50 and 1e-1</source>
        <translation>h は 1e-50 から 1e-1 の間でなければなりません</translation>
    </message>
    <message>
        <source>method must be one of {methods}</source>
        <translation>差分の方法は {methods} のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>Book: 0.01x² + 0.1x</source>
        <translation>書籍：0.01x² + 0.1x</translation>
    </message>
    <message>
        <source>x²</source>
        <translation>x²</translation>
    </message>
    <message>
        <source>x³ - 3x</source>
        <translation>x³ - 3x</translation>
    </message>
    <message>
        <source>sin x</source>
        <translation>sin x</translation>
    </message>
    <message>
        <source>exp x</source>
        <translation>exp x</translation>
    </message>
    <message>
        <source>1/x</source>
        <translation>1/x</translation>
    </message>
    <message>
        <source>|x|: no derivative at 0</source>
        <translation>|x|：0 で微分できない</translation>
    </message>
    <message>
        <source>Derivative &amp;&amp; tangent</source>
        <translation>微分 &amp;&amp; 接線</translation>
    </message>
    <message>
        <source>|numerical − analytical|</source>
        <translation>|数値微分 − 解析的微分|</translation>
    </message>
    <message>
        <source>Error of the numerical derivative against h</source>
        <translation>h に対する数値微分の誤差</translation>
    </message>
    <message>
        <source>error exactly 0 (drawn here)</source>
        <translation>誤差がちょうど 0（ここに表示）</translation>
    </message>
    <message>
        <source>central (f(x+h) − f(x−h)) / 2h</source>
        <translation>中心差分 (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>forward (f(x+h) − f(x)) / h</source>
        <translation>前方差分 (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>f(x) =</source>
        <translation>f(x) =</translation>
    </message>
    <message>
        <source>x range</source>
        <translation>x の範囲</translation>
    </message>
    <message>
        <source>x (or drag)</source>
        <translation>x（またはドラッグ）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Bad function: {0}</source>
        <translation>関数が正しくありません：{0}</translation>
    </message>
    <message>
        <source>h = {0:.1e}</source>
        <translation>h = {0:.1e}</translation>
    </message>
    <message>
        <source>central</source>
        <translation>中心差分</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前方差分</translation>
    </message>
    <message>
        <source>x = {0:.6g}, f(x) = {1:.9g}</source>
        <translation>x = {0:.6g}, f(x) = {1:.9g}</translation>
    </message>
    <message>
        <source>numerical ({0}, h = {1:.1e}): {2!r}</source>
        <translation>数値微分（{0}、h = {1:.1e}）：{2!r}</translation>
    </message>
    <message>
        <source>analytical f&apos;(x) = {0}</source>
        <translation>解析的微分 f&apos;(x) = {0}</translation>
    </message>
    <message>
        <source>  at x: {0:.15g}</source>
        <translation>  x での値：{0:.15g}</translation>
    </message>
    <message>
        <source>difference numerical − analytical: {0:.3e}</source>
        <translation>差（数値微分 − 解析的微分）：{0:.3e}</translation>
    </message>
    <message>
        <source>f overflows at x (beyond float64&apos;s largest number, about 1.8e308): no derivative here</source>
        <translation>f は x でオーバーフローします（float64 の最大値、約 1.8e308 を超えます）：ここでは微分できません</translation>
    </message>
    <message>
        <source>f is not finite at x: no derivative here</source>
        <translation>f は x で有限の値になりません：ここでは微分できません</translation>
    </message>
    <message>
        <source>the analytical derivative overflows at x (beyond about 1.8e308)</source>
        <translation>解析的な微分が x でオーバーフローします（約 1.8e308 を超えます）</translation>
    </message>
    <message>
        <source>f has a kink at x: no derivative here (left and right slopes differ)</source>
        <translation>f は x で折れ曲がっています：ここでは微分できません（左右の傾きが違います）</translation>
    </message>
    <message>
        <source>no analytical derivative</source>
        <translation>解析的微分なし</translation>
    </message>
    <message>
        <source>the analytical derivative is undefined at x</source>
        <translation>x では解析的微分が定義されません</translation>
    </message>
    <message>
        <source>no analytical derivative at this x to compare</source>
        <translation>この x では比べる解析的微分がありません</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Train &amp;more</source>
        <translation>追加で学習(&amp;M)</translation>
    </message>
    <message>
        <source>Go on from the current network for this many iterations: the curves continue and the run keeps its settings. After loading weights, a new run starts from them with the settings above.</source>
        <translation>今のネットワークから、この回数だけ続けて反復します：曲線はつながり、実行の設定はそのままです。重みを読み込んだ後は、その重みと上の設定で新しい実行を始めます。</translation>
    </message>
    <message>
        <source>Continue training</source>
        <translation>学習の継続</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>回反復</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Iteration {0:,}: numerical gradient {1:,} of {2:,} parameters, time left {3}</source>
        <translation>{0:,} 回目の反復：数値微分 {2:,} 個のパラメータのうち {1:,} 個、残り時間 {3}</translation>
    </message>
    <message>
        <source>{0} it/s, time left {1}</source>
        <translation>{0} 回/秒、残り {1}</translation>
    </message>
    <message>
        <source>{0:,} iterations in {1}</source>
        <translation>{1} で {0:,} 回反復</translation>
    </message>
    <message>
        <source>Numerical gradient</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>The numerical gradient needs about {0} (h:mm:ss) for this run. Backpropagation gives the same gradient in seconds. Start anyway?</source>
        <translation>数値微分では、この実行に約 {0}（h:mm:ss）かかります。誤差逆伝播法なら同じ勾配を数秒で求めます。それでも開始しますか？</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss per mini-batch</source>
        <translation>ミニバッチごとの損失</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>反復</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>smoothed (EMA)</source>
        <translation>移動平均 (EMA)</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>エポックごとの認識精度</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>テストデータ</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>lr {value}</source>
        <translation>学習率 {value}</translation>
    </message>
    <message>
        <source>hidden {value}</source>
        <translation>隠れ層 {value}</translation>
    </message>
    <message>
        <source>batch {value}</source>
        <translation>バッチ {value}</translation>
    </message>
    <message>
        <source>{value} iterations</source>
        <translation>反復 {value} 回</translation>
    </message>
    <message>
        <source>init std {value}</source>
        <translation>初期値の標準偏差 {value}</translation>
    </message>
    <message>
        <source>{value} gradient</source>
        <translation>勾配：{value}</translation>
    </message>
    <message>
        <source>train {value}</source>
        <translation>訓練 {value}</translation>
    </message>
    <message>
        <source>test {value}</source>
        <translation>テスト {value}</translation>
    </message>
    <message>
        <source>seed {value}</source>
        <translation>シード {value}</translation>
    </message>
    <message>
        <source>{value} weights</source>
        <translation>重み {value}</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>structured numerical</source>
        <translation>構造化数値微分</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>実行 {n}</translation>
    </message>
    <message>
        <source>The saved run history {path} could not be read ({reason}). It was moved to {backup} and a new history was started.</source>
        <translation>保存された実行履歴 {path} を読み込めませんでした（{reason}）。ファイルは {backup} に移し、新しい履歴を始めました。</translation>
    </message>
    <message>
        <source>The saved run history {path} could not be read ({reason}) nor moved aside ({error}). Runs of this session will not be kept.</source>
        <translation>保存された実行履歴 {path} は読み込めず（{reason}）、移動もできませんでした（{error}）。このセッションの実行は保存されません。</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>it is far larger than a run history</source>
        <translation>実行履歴にしては大きすぎます</translation>
    </message>
    <message>
        <source>it was written by another version of ScratchNN</source>
        <translation>別のバージョンの ScratchNN が書いたファイルです</translation>
    </message>
    <message>
        <source>it is damaged or not a run history</source>
        <translation>壊れているか、実行履歴ではありません</translation>
    </message>
    <message>
        <source>MNIST training</source>
        <translation>MNIST 学習</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>学習曲線</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>間違い</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>数字を描く</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>勾配確認</translation>
    </message>
    <message>
        <source>Training is already running.</source>
        <translation>すでに学習中です。</translation>
    </message>
    <message>
        <source>Training started: loading MNIST, then {0} iterations.</source>
        <translation>学習を開始しました：MNIST を読み込んでから {0} 回反復します。</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>停止しています...</translation>
    </message>
    <message>
        <source>Training resumed.</source>
        <translation>学習を再開しました。</translation>
    </message>
    <message>
        <source>Pausing...</source>
        <translation>一時停止しています...</translation>
    </message>
    <message>
        <source>Training completed: {0} iterations in {1:.1f} s.</source>
        <translation>学習完了：{1:.1f} 秒で {0} 回反復しました。</translation>
    </message>
    <message>
        <source>Training stopped after {0} iterations ({1:.1f} s).</source>
        <translation>{0} 回反復したところで学習を停止しました（{1:.1f} 秒）。</translation>
    </message>
    <message>
        <source>Training diverged after {0} iterations ({1:.1f} s): the loss became infinite or NaN. At learning rate {2:g} each step overshoots the minimum, the weights grow until the numbers overflow (Book 4.4.1: too large a learning rate diverges). Try a smaller one, such as 0.1.</source>
        <translation>{0} 回反復したところで学習が発散しました（{1:.1f} 秒）：損失が無限大か NaN になりました。学習率 {2:g} では毎回最小値を通り過ぎ、数値があふれるまで重みが大きくなります（書籍 4.4.1：学習率が大きすぎると発散します）。0.1 のような小さい学習率を試してください。</translation>
    </message>
    <message>
        <source>The loss did not fall: at learning rate {0:g} every step overshoots, so the weights jump about instead of settling (Book 4.4.1: too large a learning rate diverges). The loss stays finite only because softmax and the 1e-7 in the cross-entropy keep it below 16.1. Try a smaller one, such as 0.1.</source>
        <translation>損失が下がりませんでした：学習率 {0:g} では毎回行き過ぎてしまい、重みが落ち着かずに跳ね回ります（書籍 4.4.1：学習率が大きすぎると発散します）。損失が有限にとどまっているのは、ソフトマックスと交差エントロピー誤差の 1e-7 のおかげで 16.1 を超えないからにすぎません。0.1 のような小さい学習率を試してください。</translation>
    </message>
    <message>
        <source>A training is running ({0:,} of {1:,} iterations, {2} left). Quitting stops it: the run stays in the run history as stopped, but its network is lost unless you stop it first and save the weights. Quit anyway?</source>
        <translation>学習中です（{1:,} 回中 {0:,} 回、残り {2}）。終了すると学習は止まります：実行は「停止」として実行履歴に残りますが、先に停止して重みを保存しない限り、ネットワークは失われます。それでも終了しますか？</translation>
    </message>
    <message>
        <source>This network diverged: its weights are no longer finite numbers, so training cannot go on. Start a new run with a smaller learning rate.</source>
        <translation>このネットワークは発散しました：重みがもう有限の数値ではないので、学習を続けられません。小さい学習率で新しい実行を始めてください。</translation>
    </message>
    <message>
        <source>Final accuracy: train {0:.2%}, test {1:.2%}</source>
        <translation>最終的な認識精度：訓練データ {0:.2%}、テストデータ {1:.2%}</translation>
    </message>
    <message>
        <source>Weights loaded ({0} hidden units).</source>
        <translation>重みを読み込みました（隠れ層のニューロン {0} 個）。</translation>
    </message>
    <message>
        <source>Could not finish: {0}</source>
        <translation>完了できませんでした：{0}</translation>
    </message>
    <message>
        <source>Training paused.</source>
        <translation>学習を一時停止しました。</translation>
    </message>
    <message>
        <source>There is no network yet: train one or load weights first.</source>
        <translation>まだネットワークがありません：先に学習するか、重みを読み込んでください。</translation>
    </message>
    <message>
        <source>Stop the training before loading weights.</source>
        <translation>重みを読み込む前に学習を停止してください。</translation>
    </message>
    <message>
        <source>Weights loaded; measuring their accuracy...</source>
        <translation>重みを読み込みました。認識精度を測っています...</translation>
    </message>
</context>
<context>
    <name>WeightMaps</name>
    <message>
        <source>Each square is one hidden unit&apos;s weights from the 28x28 pixels (a column of W1). Red: positive, blue: negative, white: near 0. Click one to enlarge it.</source>
        <extracomment>Blue for negative, white for zero, red for positive weights (a diverging map centred on 0).</extracomment>
        <translation>各四角は、隠れ層のニューロン1つが 28x28 ピクセルから受け取る重み（W1 の1列）です。赤：正、青：負、白：0 付近。クリックすると拡大します。</translation>
    </message>
    <message>
        <source>The hidden units&apos; weights appear here when a network is trained or loaded.</source>
        <translation>ネットワークを学習するか読み込むと、ここに隠れ層のニューロンの重みが表示されます。</translation>
    </message>
</context>
<context>
    <name>WeightMatrixEditor</name>
    <message>
        <source>Click to pick this weight; type a number and press Enter, or drag up or down to change it (Shift: finer).</source>
        <translation>クリックでこの重みを選びます。数値を入力して Enter を押すか、上下にドラッグして変更します（Shift：より細かく）。</translation>
    </message>
</context>
</TS>
