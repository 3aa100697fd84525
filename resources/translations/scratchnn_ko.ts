<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ScratchNN</source>
        <translation>ScratchNN 정보</translation>
    </message>
    <message>
        <source>See and touch chapter 4 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt;: loss functions, numerical differentiation, gradients, gradient descent and a two-layer network learning MNIST.</source>
        <translation>&lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt; 4장을 직접 보고 만져 봅니다: 손실 함수, 수치 미분, 기울기, 경사 하강법, 그리고 MNIST를 학습하는 2층 신경망.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code:&lt;/b&gt; MIT license (&lt;a href=&quot;{url}&quot;&gt;text&lt;/a&gt;).</source>
        <translation>&lt;b&gt;코드:&lt;/b&gt; MIT 라이선스 (&lt;a href=&quot;{url}&quot;&gt;전문&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>&lt;b&gt;MNIST data:&lt;/b&gt; Yann LeCun, Corinna Cortes and Christopher J. C. Burges (&lt;a href=&quot;{mnist}&quot;&gt;the MNIST database&lt;/a&gt;), distributed under the Creative Commons Attribution-Share Alike 3.0 license (&lt;a href=&quot;{cc}&quot;&gt;CC BY-SA 3.0&lt;/a&gt;). The embedded copy keeps that license.</source>
        <translation>&lt;b&gt;MNIST 데이터:&lt;/b&gt; Yann LeCun, Corinna Cortes, Christopher J. C. Burges (&lt;a href=&quot;{mnist}&quot;&gt;MNIST 데이터베이스&lt;/a&gt;), 크리에이티브 커먼즈 저작자표시-동일조건변경허락 3.0 라이선스(&lt;a href=&quot;{cc}&quot;&gt;CC BY-SA 3.0&lt;/a&gt;)로 배포됩니다. 내장된 사본도 같은 라이선스를 따릅니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The book followed:&lt;/b&gt; Saito Koki, &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (O&apos;Reilly Japan); Korean edition &lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt; (Hanbit Media); &lt;a href=&quot;{url}&quot;&gt;the book&apos;s code&lt;/a&gt;. ScratchNN is an independent study aid and contains none of the book&apos;s text.</source>
        <translation>&lt;b&gt;따라가는 책:&lt;/b&gt; 사이토 고키, &lt;i&gt;ゼロから作るDeep Learning&lt;/i&gt; (O&apos;Reilly Japan); 한국어판 &lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt; (한빛미디어); &lt;a href=&quot;{url}&quot;&gt;책의 코드&lt;/a&gt;. ScratchNN은 독립적인 학습 도구이며 책의 본문을 담고 있지 않습니다.</translation>
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
        <translation>행: 실제 숫자(정답 레이블). 열: 신경망의 답. 대각선은 맞힌 답이고, 빨간 칸은 헷갈린 것입니다. 칸을 클릭하면 그 숫자들을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The confusion matrix of the test set appears here when a run ends.</source>
        <translation>실행이 끝나면 여기에 시험 데이터의 혼동 행렬이 나타납니다.</translation>
    </message>
    <message>
        <source>network&apos;s answer</source>
        <translation>신경망의 답</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>실제 숫자</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>{name} must be a positive number, not {value!r}</source>
        <translation>{name}은(는) 양수여야 합니다. {value!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{name} must be an integer &gt;= {minimum}, not {value!r}</source>
        <translation>{name}은(는) {minimum} 이상의 정수여야 합니다. {value!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>gradient must be &apos;backprop&apos;, &apos;numerical&apos; or &apos;structured&apos;, not {value!r}</source>
        <translation>gradient는 &apos;backprop&apos;, &apos;numerical&apos;, &apos;structured&apos; 중 하나여야 합니다. {value!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>dtype must be &apos;float32&apos; or &apos;float64&apos;, not {value!r}</source>
        <translation>dtype은 &apos;float32&apos;나 &apos;float64&apos;여야 합니다. {value!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{images} training images but {labels} labels</source>
        <translation>훈련 이미지는 {images}개인데 레이블은 {labels}개입니다</translation>
    </message>
    <message>
        <source>{images} test images but {labels} labels</source>
        <translation>시험 이미지는 {images}개인데 레이블은 {labels}개입니다</translation>
    </message>
    <message>
        <source>{name} {size} is larger than the {count} training samples</source>
        <translation>{name} {size}은(는) 훈련 데이터 {count}개보다 큽니다</translation>
    </message>
    <message>
        <source>{name} {size} is larger than the {count} test samples</source>
        <translation>{name} {size}은(는) 시험 데이터 {count}개보다 큽니다</translation>
    </message>
    <message>
        <source>first_iteration must be an integer from 0 to iters_num - 1 = {last}, not {value!r}</source>
        <translation>first_iteration은(는) 0부터 iters_num - 1 = {last}까지의 정수여야 합니다. {value!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>the network&apos;s W1 and W2 are {w1} and {w2}, not {expected_w1} and {expected_w2}</source>
        <translation>신경망의 W1과 W2의 형상이 {w1}, {w2}입니다. {expected_w1}, {expected_w2}여야 합니다</translation>
    </message>
    <message>
        <source>the network&apos;s weights are {dtype} but the config says {expected}</source>
        <translation>신경망의 가중치는 {dtype}인데 설정은 {expected}입니다</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>truncated: {stored} of {size} bytes after the header</source>
        <translation>잘린 파일입니다: 헤더 뒤에 {size}바이트 중 {stored}바이트만 있습니다</translation>
    </message>
    <message>
        <source>truncated: {length} bytes, shorter than an IDX header</source>
        <translation>잘린 파일입니다: {length}바이트로 IDX 헤더보다 짧습니다</translation>
    </message>
    <message>
        <source>magic number {found}, expected {magic} ({kind})</source>
        <translation>매직 넘버가 {found}입니다. {magic}({kind})이어야 합니다</translation>
    </message>
    <message>
        <source>images are {rows}x{cols}, expected {expected_rows}x{expected_cols}</source>
        <translation>이미지 크기가 {rows}x{cols}입니다. {expected_rows}x{expected_cols}여야 합니다</translation>
    </message>
    <message>
        <source>longer than its header says ({count} {kind})</source>
        <translation>헤더에 적힌 것({kind} {count}개)보다 깁니다</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없습니다</translation>
    </message>
    <message>
        <source>not a regular file (a folder, pipe or device)</source>
        <translation>일반 파일이 아닙니다(폴더, 파이프 또는 장치)</translation>
    </message>
    <message>
        <source>corrupt or truncated gzip data ({error})</source>
        <translation>gzip 데이터가 손상되었거나 잘렸습니다({error})</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>읽을 수 없습니다({error})</translation>
    </message>
    <message>
        <source>not enough memory to read it</source>
        <translation>읽을 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>content differs from the original MNIST file (MD5 {found}, expected {expected})</source>
        <translation>내용이 원래 MNIST 파일과 다릅니다(MD5 {found}, 원래 값 {expected})</translation>
    </message>
    <message>
        <source>the header announces {size} bytes of data, far more than the file can hold</source>
        <translation>헤더에 적힌 데이터가 {size}바이트로, 파일이 담을 수 있는 양보다 훨씬 많습니다</translation>
    </message>
    <message>
        <source>holds no {kind}</source>
        <translation>{kind}이(가) 하나도 없습니다</translation>
    </message>
    <message>
        <source>its header announces {count:,} {kind}, more than the {max_count:,} allowed (load_mnist(max_images=...) allows more)</source>
        <translation>헤더에 적힌 {kind}이(가) {count:,}개로, 허용되는 {max_count:,}개보다 많습니다(load_mnist(max_images=...)로 늘릴 수 있습니다)</translation>
    </message>
    <message>
        <source>missing (neither {name}.gz nor {name} is in {folder})</source>
        <translation>없습니다({folder}에 {name}.gz도 {name}도 없습니다)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <source>{labels} labels for the {images} images of {name}</source>
        <translation>{name}의 이미지는 {images}개인데 레이블은 {labels}개입니다</translation>
    </message>
    <message>
        <source>label {label} outside 0..{last}</source>
        <translation>레이블 {label}이(가) 0..{last} 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>not enough memory for its {count} images in {dtype}</source>
        <translation>이미지 {count}개를 {dtype}로 담을 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>not readable as gzip data ({error})</source>
        <translation>gzip 데이터로 읽을 수 없습니다({error})</translation>
    </message>
    <message>
        <source>the IDX header is not that of {name} (magic {magic}, {count} items)</source>
        <translation>IDX 헤더가 {name}의 것이 아닙니다(매직 넘버 {magic}, 항목 {count}개)</translation>
    </message>
    <message>
        <source>MD5 of the content {found}, expected {expected}</source>
        <translation>내용의 MD5가 {found}입니다. {expected}여야 합니다</translation>
    </message>
    <message>
        <source>missing from this installation of ScratchNN (reinstall it)</source>
        <translation>설치된 ScratchNN에 없습니다(다시 설치하세요)</translation>
    </message>
    <message>
        <source>{path}: {problem}. {expected}</source>
        <translation>{path}: {problem}. {expected}</translation>
    </message>
    <message>
        <source>A weights file is an .npz with the arrays W1, b1, W2 and b2 of a {input_size}-H-{output_size} network (1 &lt;= H &lt;= {max_hidden}, float32 or float64), as ScratchNN&apos;s Save weights or numpy.savez writes it.</source>
        <translation>가중치 파일은 {input_size}-H-{output_size} 신경망(1 &lt;= H &lt;= {max_hidden}, float32 또는 float64)의 배열 W1, b1, W2, b2를 담은 .npz 파일입니다. ScratchNN의 가중치 저장이나 numpy.savez가 이렇게 씁니다.</translation>
    </message>
    <message>
        <source>{megabytes:.1f} MB is more than the weights of {max_hidden} hidden units can take</source>
        <translation>{megabytes:.1f} MB는 은닉층 뉴런 {max_hidden}개의 가중치가 차지할 수 있는 크기보다 큽니다</translation>
    </message>
    <message>
        <source>{count} members, not the four arrays W1 b1 W2 b2</source>
        <translation>항목이 {count}개입니다. W1 b1 W2 b2 네 배열이어야 합니다</translation>
    </message>
    <message>
        <source>65535 or more members, not the four arrays W1 b1 W2 b2</source>
        <translation>항목이 65535개 이상입니다. W1 b1 W2 b2 네 배열이어야 합니다</translation>
    </message>
    <message>
        <source>not an .npz archive</source>
        <translation>.npz 압축 파일이 아닙니다</translation>
    </message>
    <message>
        <source>missing {names}</source>
        <translation>{names}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{name} is not a numpy array</source>
        <translation>{name}은(는) numpy 배열이 아닙니다</translation>
    </message>
    <message>
        <source>{name} cannot be read (damaged, encrypted or compressed in an unknown way)</source>
        <translation>{name}을(를) 읽을 수 없습니다(손상되었거나, 암호화되었거나, 알 수 없는 방식으로 압축되었습니다)</translation>
    </message>
    <message>
        <source>{name} is a .npy file of version {major}.{minor}, not 1.0 or 2.0</source>
        <translation>{name}은(는) 버전 {major}.{minor}의 .npy 파일입니다. 1.0이나 2.0이어야 합니다</translation>
    </message>
    <message>
        <source>{name} holds {dtype} values, not float32 or float64</source>
        <translation>{name}의 값이 {dtype}입니다. float32나 float64여야 합니다</translation>
    </message>
    <message>
        <source>{name} is damaged: its size does not match its header</source>
        <translation>{name}이(가) 손상되었습니다: 크기가 헤더와 맞지 않습니다</translation>
    </message>
    <message>
        <source>the arrays mix float32 and float64</source>
        <translation>배열에 float32와 float64가 섞여 있습니다</translation>
    </message>
    <message>
        <source>the shapes do not form a two-layer net ({shapes})</source>
        <translation>형상이 2층 신경망을 이루지 않습니다({shapes})</translation>
    </message>
    <message>
        <source>the network is {inputs}-{hidden}-{outputs} ({shapes})</source>
        <translation>신경망이 {inputs}-{hidden}-{outputs}입니다({shapes})</translation>
    </message>
    <message>
        <source>{name} is damaged ({error})</source>
        <translation>{name}이(가) 손상되었습니다({error})</translation>
    </message>
    <message>
        <source>{name} holds NaN or infinite values</source>
        <translation>{name}에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <source>prepare_digit needs a 2-D grayscale image, not an array of shape {shape}</source>
        <translation>prepare_digit에는 2차원 흑백 이미지가 필요합니다. 형상이 {shape}인 배열은 안 됩니다</translation>
    </message>
    <message>
        <source>prepare_digit needs a 2-D grayscale image, not an array of shape {shape} (convert a colour image to gray first)</source>
        <translation>prepare_digit에는 2차원 흑백 이미지가 필요합니다. 형상이 {shape}인 배열은 안 됩니다(컬러 이미지는 먼저 흑백으로 바꾸세요)</translation>
    </message>
    <message>
        <source>prepare_digit needs a non-empty image, not one of shape {shape}</source>
        <translation>prepare_digit에는 비어 있지 않은 이미지가 필요합니다. 형상이 {shape}인 이미지는 안 됩니다</translation>
    </message>
    <message>
        <source>prepare_digit needs real pixel values, not dtype {dtype}</source>
        <translation>prepare_digit에는 실수 픽셀 값이 필요합니다. dtype {dtype}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>the image has NaN or infinite pixels</source>
        <translation>이미지에 NaN이나 무한대인 픽셀이 있습니다</translation>
    </message>
    <message>
        <source>the image is blank (every pixel is {value:g}): there is no digit to prepare</source>
        <translation>이미지가 비어 있습니다(모든 픽셀이 {value:g}): 준비할 숫자가 없습니다</translation>
    </message>
</context>
<context>
    <name>CurvesPage</name>
    <message>
        <source>Export all runs as CSV</source>
        <extracomment>The run history&apos;s texts were marked in the TrainingTab context.</extracomment>
        <translation>모든 실행을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to {0}: {1}</source>
        <translation>{0}에 내보내지 못했습니다: {1}</translation>
    </message>
    <message>
        <source>Exported {0} runs to {1}</source>
        <translation>실행 {0}개를 {1}에 내보냈습니다</translation>
    </message>
    <message>
        <source>The run history could not be saved to {0} ({1}).</source>
        <translation>실행 기록을 {0}에 저장하지 못했습니다({1}).</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>Examples (function, start, rate, steps)…</source>
        <translation>예제 (함수, 시작점, 학습률, 단계 수)…</translation>
    </message>
    <message>
        <source>f(x0, x1) =</source>
        <translation>f(x0, x1) =</translation>
    </message>
    <message>
        <source>Start x0, x1</source>
        <translation>시작점 x0, x1</translation>
    </message>
    <message>
        <source>Or click the map. Several starts separated by “;” race each other (up to 4).</source>
        <translation>지도를 클릭해도 됩니다. “;”로 구분한 여러 시작점은 서로 경주합니다 (최대 4개).</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Several rates separated by commas race each other (up to 4); the slider sets the first.</source>
        <translation>쉼표로 구분한 여러 학습률은 서로 경주합니다 (최대 4개). 슬라이더는 첫 번째 값을 정합니다.</translation>
    </message>
    <message>
        <source>Steps (1 to {0})</source>
        <translation>단계 수 (1~{0})</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>일시 정지(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>한 단계(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Run to &amp;end</source>
        <translation>끝까지 실행(&amp;E)</translation>
    </message>
    <message>
        <source>Speed: {0} steps/s</source>
        <translation>속도: 초당 {0}단계</translation>
    </message>
</context>
<context>
    <name>DigitBrowser</name>
    <message>
        <source>← Previous</source>
        <translation>← 이전</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>다음 →</translation>
    </message>
    <message>
        <source>Under each digit: its true label, then the network&apos;s three most probable answers (green: the true one).</source>
        <translation>각 숫자 아래: 정답 레이블, 그리고 신경망이 가장 그럴듯하다고 본 답 세 개(초록색: 정답).</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>{1}쪽 중 {0}쪽</translation>
    </message>
</context>
<context>
    <name>DigitCells</name>
    <message>
        <source>true {0}</source>
        <translation>정답 {0}</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>The network&apos;s output (softmax probabilities):</source>
        <translation>신경망의 출력 (소프트맥스 확률):</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>The digit you meant: the loss tab&apos;s true class.</source>
        <translation>쓰려던 숫자: 손실 함수 탭의 정답 클래스가 됩니다.</translation>
    </message>
    <message>
        <source>Send to loss functions</source>
        <translation>손실 함수로 보내기</translation>
    </message>
    <message>
        <source>Open the loss functions tab with these ten probabilities and the digit you meant as the true class.</source>
        <translation>이 열 개의 확률과, 쓰려던 숫자를 정답 클래스로 하여 손실 함수 탭을 엽니다.</translation>
    </message>
    <message>
        <source>What the network receives (28×28):</source>
        <translation>신경망이 실제로 받는 입력 (28×28):</translation>
    </message>
    <message>
        <source>This digit is a</source>
        <translation>이 숫자는</translation>
    </message>
    <message>
        <source>Train or load a network first: it judges your digit.</source>
        <translation>먼저 신경망을 학습하거나 불러오세요: 그 신경망이 숫자를 판단합니다.</translation>
    </message>
    <message>
        <source>Draw a digit on the pad.</source>
        <translation>패드에 숫자를 그려 보세요.</translation>
    </message>
    <message>
        <source>The network says &lt;b&gt;{0}&lt;/b&gt; ({1:.1%}).</source>
        <translation>신경망의 답: &lt;b&gt;{0}&lt;/b&gt; ({1:.1%}).</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Draw one digit, large, with the left mouse button, a touchpad or a pen.</source>
        <translation>마우스 왼쪽 버튼, 터치패드 또는 펜으로 숫자 하나를 크게 그리세요.</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>여기에 숫자를 그리세요</translation>
    </message>
</context>
<context>
    <name>EpochTable</name>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <source>Accuracy on the training and test images at the start of each epoch, the list the book&apos;s train_neuralnet.py prints.</source>
        <translation>각 에폭이 시작될 때의 훈련·시험 이미지 정확도. 책의 train_neuralnet.py가 출력하는 목록입니다.</translation>
    </message>
    <message>
        <source>epoch {0}: measured after iteration {1}</source>
        <translation>에폭 {0}: {1}번째 반복 뒤에 측정</translation>
    </message>
</context>
<context>
    <name>ExpressionError</name>
    <message>
        <source>the expression must be text</source>
        <translation>식은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>too long: {length} characters (at most {limit})</source>
        <translation>너무 깁니다: {length}자입니다(최대 {limit}자)</translation>
    </message>
    <message>
        <source>type a function, e.g. {example}</source>
        <translation>함수를 입력하세요. 예: {example}</translation>
    </message>
    <message>
        <source>too many nested parentheses (at most {limit})</source>
        <translation>괄호가 너무 깊이 중첩되었습니다(최대 {limit}단계)</translation>
    </message>
    <message>
        <source>syntax error at column {column}: {detail}</source>
        <translation>{column}번째 글자에서 구문 오류: {detail}</translation>
    </message>
    <message>
        <source>the expression contains characters or nesting that cannot be read</source>
        <translation>식에 읽을 수 없는 문자나 중첩이 있습니다</translation>
    </message>
    <message>
        <source>too complex (more than {limit} parts)</source>
        <translation>너무 복잡합니다(요소가 {limit}개를 넘습니다)</translation>
    </message>
    <message>
        <source>too deeply nested (at most {limit} levels)</source>
        <translation>너무 깊이 중첩되었습니다(최대 {limit}단계)</translation>
    </message>
    <message>
        <source>attributes (a.b) are not allowed</source>
        <translation>속성(a.b)은 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>indexing (a[i]) is not allowed</source>
        <translation>인덱싱(a[i])은 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>lambda is not allowed</source>
        <translation>lambda는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>comparisons are not allowed</source>
        <translation>비교 연산은 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>use ** for powers (^ is not a power in Python)</source>
        <translation>거듭제곱에는 **를 쓰세요(Python에서 ^는 거듭제곱이 아닙니다)</translation>
    </message>
    <message>
        <source>if/else is not allowed</source>
        <translation>if/else는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>and/or are not allowed</source>
        <translation>and/or는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>text strings are not allowed</source>
        <translation>문자열은 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a comprehension is not allowed</source>
        <translation>컴프리헨션은 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a list is not allowed</source>
        <translation>리스트는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a tuple is not allowed</source>
        <translation>튜플은 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a dict is not allowed</source>
        <translation>딕셔너리는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>a set is not allowed</source>
        <translation>집합은 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{what} is not allowed</source>
        <translation>{what}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>only real numbers are allowed, not {value}</source>
        <translation>실수만 쓸 수 있습니다. {value}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>number too large (at most {limit:g})</source>
        <translation>수가 너무 큽니다(최대 {limit:g})</translation>
    </message>
    <message>
        <source>{name} is a function: write {name}(...)</source>
        <translation>{name}은(는) 함수입니다: {name}(...)처럼 쓰세요</translation>
    </message>
    <message>
        <source>unknown name {name} (use {allowed} or a function)</source>
        <translation>알 수 없는 이름 {name}({allowed} 또는 함수를 쓰세요)</translation>
    </message>
    <message>
        <source>exponent {exponent:.6g} is too large (at most {limit} in size)</source>
        <translation>지수 {exponent:.6g}이(가) 너무 큽니다(크기 최대 {limit})</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>0으로 나눌 수 없습니다</translation>
    </message>
    <message>
        <source>this constant part is undefined or too large</source>
        <translation>이 상수 부분은 정의되지 않거나 너무 큽니다</translation>
    </message>
    <message>
        <source>only functions by bare name can be called, e.g. sin(x)</source>
        <translation>함수는 이름만으로 호출할 수 있습니다. 예: sin(x)</translation>
    </message>
    <message>
        <source>unknown function {name}; allowed: {allowed}</source>
        <translation>알 수 없는 함수 {name}. 쓸 수 있는 함수: {allowed}</translation>
    </message>
    <message>
        <source>keyword arguments are not allowed</source>
        <translation>키워드 인수는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{name} takes 1 argument</source>
        <translation>{name}은(는) 인수를 1개 받습니다</translation>
    </message>
    <message>
        <source>{name} takes {count} arguments</source>
        <translation>{name}은(는) 인수를 {count}개 받습니다</translation>
    </message>
    <message>
        <source>{name}(...) of this constant is undefined or too large</source>
        <translation>이 상수의 {name}(...)은(는) 정의되지 않거나 너무 큽니다</translation>
    </message>
    <message>
        <source>numbers in this function grow beyond 1e300 when multiplied out: too large for an exact derivative</source>
        <translation>이 함수를 전개하면 수가 1e300을 넘습니다: 정확한 도함수를 구하기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>this function is too complex for an exact derivative</source>
        <translation>이 함수는 정확한 도함수를 구하기에는 너무 복잡합니다</translation>
    </message>
    <message>
        <source>this function cannot be written as an exact formula</source>
        <translation>이 함수는 정확한 식으로 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>invalid syntax</source>
        <translation>문법이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>&apos;{bracket}&apos; was never closed</source>
        <translation>&apos;{bracket}&apos;이(가) 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>unmatched &apos;{bracket}&apos;</source>
        <translation>짝이 없는 &apos;{bracket}&apos;</translation>
    </message>
    <message>
        <source>closing parenthesis &apos;{closing}&apos; does not match opening parenthesis &apos;{opening}&apos;</source>
        <translation>닫는 괄호 &apos;{closing}&apos;이(가) 여는 괄호 &apos;{opening}&apos;와 맞지 않습니다</translation>
    </message>
    <message>
        <source>invalid number (a product is written 2*x, not 2x)</source>
        <translation>올바르지 않은 수입니다(곱은 2x가 아니라 2*x로 씁니다)</translation>
    </message>
    <message>
        <source>invalid hexadecimal literal</source>
        <translation>올바르지 않은 16진수입니다</translation>
    </message>
    <message>
        <source>invalid character &apos;{character}&apos; ({code})</source>
        <translation>쓸 수 없는 문자 &apos;{character}&apos;({code})</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>leading zeros are not allowed in a number (write 1, not 01)</source>
        <translation>수 앞에 0을 붙일 수 없습니다(01이 아니라 1로 쓰세요)</translation>
    </message>
    <message>
        <source>the expression cannot contain null bytes</source>
        <translation>식에 널 바이트가 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>a backslash (\) is not allowed</source>
        <translation>백슬래시(\)는 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ExpressionField</name>
    <message>
        <source>Presets…</source>
        <translation>예제…</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <source>backprop</source>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <source>structured</source>
        <translation>구조적</translation>
    </message>
    <message>
        <source>book</source>
        <translation>책</translation>
    </message>
    <message>
        <source>Backpropagation...</source>
        <translation>오차역전파법...</translation>
    </message>
    <message>
        <source>Numerical gradient (structured)...</source>
        <translation>수치 미분(구조적)...</translation>
    </message>
    <message>
        <source>Numerical gradient (the book&apos;s loop, one weight at a time)...</source>
        <translation>수치 미분(책의 반복문, 가중치 하나씩)...</translation>
    </message>
    <message>
        <source>Checked: the network trained or loaded last in the training tab.</source>
        <translation>확인 대상: 훈련 탭에서 마지막으로 학습하거나 불러온 신경망입니다.</translation>
    </message>
    <message>
        <source>Checked: a fresh network with the form&apos;s hidden size, init std and seed, as the book checks one (nothing has been trained yet).</source>
        <translation>확인 대상: 입력란의 은닉층 크기, 초기화 표준편차, 시드로 만든 새 신경망입니다. 책도 학습 전의 신경망으로 확인합니다(아직 학습한 신경망이 없습니다).</translation>
    </message>
    <message>
        <source>&amp;Run the check</source>
        <translation>확인 실행(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>정지(&amp;T)</translation>
    </message>
    <message>
        <source>The book checks backpropagation against the numerical gradient on three training images (gradient_check.py): the mean absolute difference of each parameter&apos;s gradients should be tiny (about 1e-10 to 1e-7). Here the book&apos;s loop, the structured numerical gradient and backpropagation are all computed in float64 and compared pair by pair.</source>
        <translation>책은 훈련 이미지 세 장으로 오차역전파법의 기울기를 수치 미분과 비교합니다(gradient_check.py). 매개변수마다 두 기울기의 차이의 절댓값 평균이 아주 작아야 합니다(약 1e-10 ~ 1e-7). 여기서는 책의 반복문, 구조적 수치 미분, 오차역전파법을 모두 float64로 계산하여 둘씩 비교합니다.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지 수</translation>
    </message>
    <message>
        <source>First image</source>
        <translation>첫 이미지 번호</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>정지하는 중...</translation>
    </message>
    <message>
        <source>The check could not run: {0}</source>
        <translation>확인을 실행할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>{0} vs {1}</source>
        <translation>{0} 대 {1}</translation>
    </message>
    <message>
        <source>{0}: mean</source>
        <translation>{0}: 평균</translation>
    </message>
    <message>
        <source>{0}: max</source>
        <translation>{0}: 최대</translation>
    </message>
    <message>
        <source>Done: {0} images.</source>
        <translation>완료: 이미지 {0}장.</translation>
    </message>
    <message>
        <source>Stopped: the book&apos;s loop did not finish; the others are compared.</source>
        <translation>정지함: 책의 반복문은 끝나지 않았고, 나머지 둘을 비교했습니다.</translation>
    </message>
    <message>
        <source>Times: book&apos;s loop {0}, structured {1}, backprop {2}.</source>
        <translation>걸린 시간: 책의 반복문 {0}, 구조적 {1}, 오차역전파법 {2}.</translation>
    </message>
    <message>
        <source>Backprop: the same gradient {0:,.0f} times faster than the book&apos;s numerical loop; the structured numerical gradient {1:,.0f} times faster than it.</source>
        <translation>오차역전파법은 같은 기울기를 책의 수치 미분 반복문보다 {0:,.0f}배 빠르게 구하고, 구조적 수치 미분은 {1:,.0f}배 빠르게 구합니다.</translation>
    </message>
    <message>
        <source>the gradient check takes 1 to {limit} images, not {images}</source>
        <translation>기울기 확인에는 이미지가 1장부터 {limit}장까지 필요합니다. {images}장은 안 됩니다</translation>
    </message>
    <message>
        <source>images {first} to {last} are not all among the {count} training images</source>
        <translation>이미지 {first}~{last}번이 훈련 이미지 {count}장 안에 다 들어 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>GradientTab</name>
    <message>
        <source>{name} is empty: type a number such as -3 or 1e2</source>
        <translation>{name}이(가) 비어 있습니다: -3이나 1e2 같은 수를 입력하세요</translation>
    </message>
    <message>
        <source>{name} must be a number such as -3 or 1e2, not “{text}”</source>
        <translation>{name}은(는) -3이나 1e2 같은 수여야 합니다. “{text}”은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {text}</source>
        <translation>{name}은(는) 유한한 수여야 합니다. {text}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>|{name}| must be at most {limit:g} (farther, the numerical gradient with h = 1e-4 loses its digits), not {text}</source>
        <translation>|{name}|은(는) {limit:g} 이하여야 합니다 (더 멀면 h = 1e-4인 수치 기울기가 자릿수를 잃습니다). {text}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>Type the start as two numbers x0, x1 such as -3, 4 (several starts, separated by “;”, race each other), not “{text}”</source>
        <translation>시작점은 -3, 4처럼 두 수 x0, x1로 입력하세요 (“;”로 구분한 여러 시작점은 서로 경주합니다). “{text}”은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>The learning rate is empty: type a number such as 0.1 (several, separated by commas, race each other)</source>
        <translation>학습률이 비어 있습니다: 0.1 같은 수를 입력하세요 (쉼표로 구분한 여러 값은 서로 경주합니다)</translation>
    </message>
    <message>
        <source>The learning rate must be a number such as 0.1, not “{text}”</source>
        <translation>학습률은 0.1 같은 수여야 합니다. “{text}”은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number, not {text}: x ← x − lr · grad would stand still or walk uphill</source>
        <translation>학습률은 양수여야 합니다. {text}이면 x ← x − lr · grad가 제자리에 있거나 오르막으로 갑니다</translation>
    </message>
    <message>
        <source>The learning rate must be a finite number, not {text}</source>
        <translation>학습률은 유한한 수여야 합니다. {text}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>The number of steps must be a whole number from 0 to {limit}, not {text}</source>
        <translation>단계 수는 0부터 {limit}까지의 정수여야 합니다. {text}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>At most {limit} descents can race at once, not {count}</source>
        <translation>한 번에 최대 {limit}개의 하강만 경주할 수 있습니다. {count}개는 안 됩니다</translation>
    </message>
    <message>
        <source>Race either several learning rates from one start or several starts at one learning rate, not both</source>
        <translation>한 시작점에서 여러 학습률을 경주하거나, 한 학습률로 여러 시작점을 경주하세요. 둘 다는 안 됩니다</translation>
    </message>
    <message>
        <source>f cannot be evaluated: {error}</source>
        <translation>f를 계산할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>f(x) is not a number at the start point ({f0}): pick another start.</source>
        <translation>시작점에서 f(x)가 수가 아닙니다({f0}): 다른 시작점을 고르세요.</translation>
    </message>
    <message>
        <source>Diverged: the learning rate {lr:g} is too large. Each step overshoots the minimum and lands farther away; by step {diverged_at} |x| was over a million times its start.</source>
        <translation>발산: 학습률({lr:g})이 너무 큽니다. 매 단계가 최솟값을 지나쳐 더 멀리 떨어집니다. {diverged_at}단계에서 |x|가 시작할 때의 백만 배를 넘었습니다.</translation>
    </message>
    <message>
        <source>Converged after {steps} steps to x = ({x0:.3g}, {x1:.3g}), f(x) = {f:.3g}: |grad| fell from {g0:.3g} to {g:.2g}, </source>
        <translation>{steps}단계 만에 x = ({x0:.3g}, {x1:.3g}), f(x) = {f:.3g}에 수렴했습니다. |grad|는 {g0:.3g}에서 {g:.2g}까지 줄었습니다. </translation>
    </message>
    <message>
        <source>Barely moved: with learning rate {lr:g} the point moved only {moved:.2g} in {steps} steps (x = ({x0:.9g}, {x1:.9g})). The learning rate is too small.</source>
        <translation>거의 움직이지 않음: 학습률 {lr:g}에서는 {steps}단계 동안 점이 {moved:.2g}만큼만 움직였습니다(x = ({x0:.9g}, {x1:.9g})). 학습률이 너무 작습니다.</translation>
    </message>
    <message>
        <source>Still descending: f fell from {f0:.4g} to {f:.4g} in {steps} steps and |grad| = {g:.2g} is not yet near 0. </source>
        <translation>아직 내려가는 중: {steps}단계 동안 f가 {f0:.4g}에서 {f:.4g}까지 줄었지만 |grad| = {g:.2g}로 아직 0에 가깝지 않습니다. </translation>
    </message>
    <message>
        <source>Not converging: f went from {f0:.4g} to {f:.4g}; the steps overshoot the minimum. Try a smaller learning rate.</source>
        <translation>수렴하지 않음: f가 {f0:.4g}에서 {f:.4g}까지 변했습니다. 매 단계가 최솟값을 지나칩니다. 학습률을 더 작게 해 보세요.</translation>
    </message>
    <message>
        <source>From step {stalled_at} the path seems to stop at x = ({stall_x0:.3g}, {stall_x1:.3g}), but only because the numerical gradient became 0: x ± h rounds to x (h = 1e-4 is smaller than the gap between floating-point numbers near {stall_size:.1e}). It did not converge: f = {stall_f:.3g}.</source>
        <translation>{stalled_at}단계부터 경로가 x = ({stall_x0:.3g}, {stall_x1:.3g})에서 멈춘 것처럼 보이지만, 수치 기울기가 0이 되었기 때문일 뿐입니다: x ± h가 반올림되어 x가 됩니다(h = 1e-4가 {stall_size:.1e} 근처 부동소수점 수 사이의 간격보다 작음). 수렴한 것이 아닙니다: f = {stall_f:.3g}.</translation>
    </message>
    <message>
        <source>More steps or a larger learning rate would get closer to the minimum.</source>
        <translation>단계를 늘리거나 학습률을 키우면 최솟값에 더 가까워집니다.</translation>
    </message>
    <message>
        <source>The slope got steeper on the way ({g0:.3g} at the start): f may have no minimum in this direction, as beside a saddle point.</source>
        <translation>가는 동안 기울기가 더 가팔라졌습니다(시작점에서 {g0:.3g}): 안장점 옆처럼 이 방향으로는 f의 최솟값이 없을 수 있습니다.</translation>
    </message>
    <message>
        <source>but f is lower close by: this is a saddle point, not a minimum.</source>
        <translation>하지만 근처에 f가 더 낮은 곳이 있습니다: 최솟값이 아니라 안장점입니다.</translation>
    </message>
    <message>
        <source>and f is higher all around: a minimum.</source>
        <translation>주변 어디서나 f가 더 높습니다: 최솟값입니다.</translation>
    </message>
    <message>
        <source>but f is flat here, the same all around: there is no minimum, and nothing to descend.</source>
        <translation>하지만 여기서 f는 평평해서 주변 어디나 같습니다: 최솟값이 아니며 내려갈 곳도 없습니다.</translation>
    </message>
    <message>
        <source>The path left the plotted area at step {0}; the red × marks where it crossed the edge (the view does not zoom out to follow it).</source>
        <translation>경로가 {0}단계에서 그래프 영역을 벗어났습니다. 빨간 ×는 가장자리를 넘은 곳입니다(화면은 경로를 따라 축소되지 않습니다).</translation>
    </message>
    <message>
        <source>Press Play or Step to walk downhill: x ← x − lr · grad f(x) (Book 4.4.1).</source>
        <translation>재생 또는 한 단계를 눌러 비탈을 내려가세요: x ← x − lr · grad f(x) (책 4.4.1).</translation>
    </message>
    <message>
        <source>Diverging: each step lands farther away.</source>
        <translation>발산 중: 단계마다 더 멀리 떨어집니다.</translation>
    </message>
    <message>
        <source>Descending…</source>
        <translation>내려가는 중…</translation>
    </message>
    <message>
        <source>grad f at ({0:.6g}, {1:.6g}) = {2}: the black arrow on the map</source>
        <translation>({0:.6g}, {1:.6g})에서 grad f = {2}: 지도의 검은 화살표</translation>
    </message>
    <message>
        <source>Slices through the start ({0:.6g}, {1:.6g})</source>
        <translation>시작점 ({0:.6g}, {1:.6g})을 지나는 단면</translation>
    </message>
    <message>
        <source>Slices through the current point ({0:.6g}, {1:.6g}), step {2}</source>
        <translation>현재 점 ({0:.6g}, {1:.6g})을 지나는 단면, {2}단계</translation>
    </message>
    <message>
        <source>Slices through the mouse position ({0:.6g}, {1:.6g})</source>
        <translation>마우스 위치 ({0:.6g}, {1:.6g})를 지나는 단면</translation>
    </message>
    <message>
        <source>No slices at ({0}, {1}): not a finite point (the path ran away, or f was not defined where it started).</source>
        <translation>({0}, {1})에는 단면이 없습니다: 유한한 점이 아닙니다 (경로가 달아났거나, 시작점에서 f가 정의되지 않았습니다).</translation>
    </message>
    <message>
        <source>Play, Step and Run to end are off until the field marked in red is corrected; the map shows the last valid setting.</source>
        <translation>빨간색으로 표시된 칸을 고칠 때까지 재생, 한 단계, 끝까지 실행은 꺼집니다. 지도는 마지막으로 유효했던 설정을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Computing {0} steps… {1}%</source>
        <translation>{0}단계 계산 중… {1}%</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <source>Bad function: {0}</source>
        <translation>잘못된 함수: {0}</translation>
    </message>
    <message>
        <source>step {0} of {1}
x = ({2:.9g}, {3:.9g})
f(x) = {4:.9g}
|grad| = {5:.4g}</source>
        <translation>{0}/{1}단계
x = ({2:.9g}, {3:.9g})
f(x) = {4:.9g}
|grad| = {5:.4g}</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 0.1 from (-3, 4), 100 steps</source>
        <translation>책 4.4.1: lr = 0.1, (-3, 4)에서 100단계</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 10, too large</source>
        <translation>책 4.4.1: lr = 10, 너무 큼</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 1e-10, too small</source>
        <translation>책 4.4.1: lr = 1e-10, 너무 작음</translation>
    </message>
    <message>
        <source>Book 4.4.1: lr = 0.1, 10, 1e-10 and the default 0.01 racing</source>
        <translation>책 4.4.1: lr = 0.1, 10, 1e-10과 기본값 0.01 겨루기</translation>
    </message>
    <message>
        <source>Notes: (x0-2)² + 4(x1-3)² from (100, -10), lr = 0.01, 1000 steps</source>
        <translation>학습 노트: (x0-2)² + 4(x1-3)², (100, -10)에서 lr = 0.01, 1000단계</translation>
    </message>
    <message>
        <source>Saddle x0² − x1²: from (-3, 0) it stops, from (-3, 0.5) it slides off</source>
        <translation>안장점 x0² − x1²: (-3, 0)에서는 멈추고, (-3, 0.5)에서는 미끄러져 나갑니다</translation>
    </message>
    <message>
        <source>Narrow valley 0.05x0² + 5x1²: lr = 0.05, 0.19 and 0.21 racing</source>
        <translation>좁은 골짜기 0.05x0² + 5x1²: lr = 0.05, 0.19, 0.21 경주</translation>
    </message>
    <message>
        <source>Book 6.1: x0²/20 + x1² from (-7, 2), lr = 0.95, 30 steps (zigzag)</source>
        <translation>책 6.1: x0²/20 + x1², (-7, 2)에서 시작, lr = 0.95, 30단계 (지그재그)</translation>
    </message>
    <message>
        <source>lr = {lr:g}</source>
        <translation>lr = {lr:g}</translation>
    </message>
    <message>
        <source>from ({x0:g}, {x1:g})</source>
        <translation>({x0:g}, {x1:g})에서 출발</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>수렴</translation>
    </message>
    <message>
        <source>still descending</source>
        <translation>아직 내려가는 중</translation>
    </message>
    <message>
        <source>barely moved</source>
        <translation>거의 움직이지 않음</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>diverged, then stalled</source>
        <translation>발산한 뒤 멈춤</translation>
    </message>
    <message>
        <source>overshooting</source>
        <translation>지나침</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>정의되지 않음</translation>
    </message>
    <message>
        <source>The 3-D view is off: {0}</source>
        <translation>3차원 보기를 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>3차원 곡면</translation>
    </message>
    <message>
        <source>Slices: partial derivatives</source>
        <translation>단면: 편미분</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Loss functions</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>A loss function turns the network&apos;s output y and the correct answer t into one number that says how bad the output is: 0 when it is perfect. Learning means changing the weights so that the loss gets smaller. The mean squared error counts every output&apos;s miss; the cross-entropy error looks only at the output for the true class and punishes a small one hard. We learn on a loss, not on accuracy, because accuracy changes in jumps: its derivative is 0 almost everywhere.</source>
        <translation>손실 함수는 신경망의 출력 y와 정답 t로부터, 출력이 얼마나 나쁜지를 나타내는 수 하나를 만듭니다. 출력이 완벽하면 0입니다. 학습이란 손실이 작아지도록 가중치를 바꿔 가는 것입니다. 평균 제곱 오차는 모든 출력의 어긋남을 셉니다. 교차 엔트로피 오차는 정답 클래스의 출력만 보며, 그 값이 작으면 크게 벌을 줍니다. 정확도가 아니라 손실을 지표로 학습하는 까닭은, 정확도가 띄엄띄엄 변해서 그 미분이 거의 모든 곳에서 0이기 때문입니다.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Mean squared error&lt;/i&gt;&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;&lt;br&gt;&lt;i&gt;Cross-entropy error&lt;/i&gt;&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;&lt;br&gt;&lt;i&gt;Over a mini-batch of N&lt;/i&gt;&lt;br&gt;E = −(1/N) Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;</source>
        <translation>&lt;i&gt;평균 제곱 오차&lt;/i&gt;&lt;br&gt;E = ½ Σ&lt;sub&gt;k&lt;/sub&gt; (y&lt;sub&gt;k&lt;/sub&gt; − t&lt;sub&gt;k&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;&lt;br&gt;&lt;i&gt;교차 엔트로피 오차&lt;/i&gt;&lt;br&gt;E = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;&lt;br&gt;&lt;i&gt;데이터 N개의 미니배치에서는&lt;/i&gt;&lt;br&gt;E = −(1/N) Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Book 4.2 Loss functions: 4.2.1 mean squared error, 4.2.2 cross-entropy error, 4.2.3 mini-batch learning, 4.2.5 why set a loss function?</source>
        <translation>책 4.2 손실 함수: 4.2.1 평균 제곱 오차, 4.2.2 교차 엔트로피 오차, 4.2.3 미니배치 학습, 4.2.5 왜 손실 함수를 설정하는가?</translation>
    </message>
    <message>
        <source>The book&apos;s right answer: &apos;2&apos; with 0.6</source>
        <translation>책의 맞는 답: &apos;2&apos;가 0.6</translation>
    </message>
    <message>
        <source>Both losses are small (MSE 0.0975, cross-entropy 0.51): the true class 2 has the largest output.</source>
        <translation>두 손실 모두 작습니다(평균 제곱 오차 0.0975, 교차 엔트로피 오차 0.51): 정답 클래스 2의 출력이 가장 큽니다.</translation>
    </message>
    <message>
        <source>The book&apos;s wrong answer: &apos;7&apos; with 0.6</source>
        <translation>책의 틀린 답: &apos;7&apos;이 0.6</translation>
    </message>
    <message>
        <source>Both losses grow (MSE 0.5975, cross-entropy 2.30): the true class 2 only gets 0.1, and −log 0.1 is large.</source>
        <translation>두 손실 모두 커집니다(평균 제곱 오차 0.5975, 교차 엔트로피 오차 2.30): 정답 클래스 2는 0.1밖에 받지 못하고, −log 0.1은 큽니다.</translation>
    </message>
    <message>
        <source>Numerical differentiation</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <source>The derivative is the slope of f at x: how fast f changes when x changes a tiny bit. A computer cannot let h go to 0, so the numerical derivative uses a small h. The central difference, taken on both sides of x, is much more accurate than the forward difference. But h must not be too small either: x + h is rounded to the nearest floating-point number, and below about 1e-8 that rounding error takes over. The book uses h = 1e-4.</source>
        <translation>미분은 x에서 f의 기울기, 즉 x를 아주 조금 바꿀 때 f가 얼마나 빨리 변하는지입니다. 컴퓨터는 h를 0으로 보내는 극한을 계산할 수 없으므로, 수치 미분은 작은 h를 씁니다. x의 양쪽에서 재는 중심 차분은 전방 차분보다 훨씬 정확합니다. 하지만 h가 너무 작아도 안 됩니다: x + h는 가장 가까운 부동소수점 수로 반올림되고, 약 1e-8보다 작아지면 이 반올림 오차가 더 커집니다. 책은 h = 1e-4를 씁니다.</translation>
    </message>
    <message>
        <source>df(x)/dx = lim&lt;sub&gt;h→0&lt;/sub&gt; (f(x + h) − f(x)) / h&lt;br&gt;&lt;i&gt;Central difference&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x − h)) / 2h&lt;br&gt;&lt;i&gt;Forward difference&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x)) / h</source>
        <translation>df(x)/dx = lim&lt;sub&gt;h→0&lt;/sub&gt; (f(x + h) − f(x)) / h&lt;br&gt;&lt;i&gt;중심 차분&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x − h)) / 2h&lt;br&gt;&lt;i&gt;전방 차분&lt;/i&gt;&lt;br&gt;(f(x + h) − f(x)) / h</translation>
    </message>
    <message>
        <source>Book 4.3 Numerical differentiation: 4.3.1 derivatives, 4.3.2 an example of numerical differentiation, 4.3.3 partial derivatives</source>
        <translation>책 4.3 수치 미분: 4.3.1 미분, 4.3.2 수치 미분의 예, 4.3.3 편미분</translation>
    </message>
    <message>
        <source>h = 1e-50 with forward difference</source>
        <translation>전방 차분으로 h = 1e-50</translation>
    </message>
    <message>
        <source>The numerical derivative is exactly 0: 5 + 1e-50 rounds to 5, so f(x + h) − f(x) is 0. This is the book&apos;s example of a rounding error.</source>
        <translation>수치 미분이 정확히 0입니다: 5 + 1e-50이 반올림되어 5가 되므로 f(x + h) − f(x)가 0입니다. 책이 드는 반올림 오차의 예입니다.</translation>
    </message>
    <message>
        <source>h = 0.1: forward against central</source>
        <translation>h = 0.1: 전방 차분과 중심 차분 비교</translation>
    </message>
    <message>
        <source>Forward gives 0.201 instead of 0.2: the slope of a secant through x and x + h. Switch to central: for this parabola the error all but vanishes.</source>
        <translation>전방 차분은 0.2가 아니라 0.201을 줍니다: x와 x + h를 지나는 할선의 기울기입니다. 중심 차분으로 바꾸면 이 포물선에서는 오차가 거의 사라집니다.</translation>
    </message>
    <message>
        <source>|x| at its kink</source>
        <translation>꺾이는 점에서의 |x|</translation>
    </message>
    <message>
        <source>The central difference says 0, yet |x| has no derivative at 0: the slope is −1 on the left and +1 on the right.</source>
        <translation>중심 차분은 0을 내놓지만, |x|는 0에서 미분할 수 없습니다: 기울기가 왼쪽은 −1, 오른쪽은 +1입니다.</translation>
    </message>
    <message>
        <source>Gradient and gradient descent</source>
        <translation>기울기와 경사 하강법</translation>
    </message>
    <message>
        <source>The gradient collects the partial derivatives of f, one per variable, in a vector. It points where f rises fastest, so −∇f, drawn as arrows, points downhill. Gradient descent takes a small step along −∇f again and again. The learning rate η sets the size of each step: too small and nothing seems to happen, too large and the steps overshoot and fly away. It is a hyperparameter: chosen by hand, not learned.</source>
        <translation>기울기는 f의 편미분을 변수마다 하나씩 모아 벡터로 정리한 것입니다. 기울기는 f가 가장 빠르게 커지는 방향을 가리키므로, 화살표로 그린 −∇f는 내리막을 가리킵니다. 경사 하강법은 −∇f 방향으로 조금씩 이동하기를 되풀이합니다. 학습률 η는 한 번에 이동하는 크기를 정합니다: 너무 작으면 아무 일도 일어나지 않는 것처럼 보이고, 너무 크면 지나쳐서 멀리 날아가 버립니다. 학습률은 하이퍼파라미터로, 학습되는 것이 아니라 사람이 직접 정합니다.</translation>
    </message>
    <message>
        <source>∇f = (∂f/∂x&lt;sub&gt;0&lt;/sub&gt;, ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;)&lt;br&gt;x ← x − η∇f&lt;br&gt;&lt;i&gt;that is, for each variable&lt;/i&gt;&lt;br&gt;x&lt;sub&gt;0&lt;/sub&gt; ← x&lt;sub&gt;0&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;0&lt;/sub&gt;&lt;br&gt;x&lt;sub&gt;1&lt;/sub&gt; ← x&lt;sub&gt;1&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation>∇f = (∂f/∂x&lt;sub&gt;0&lt;/sub&gt;, ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;)&lt;br&gt;x ← x − η∇f&lt;br&gt;&lt;i&gt;변수마다 풀어 쓰면&lt;/i&gt;&lt;br&gt;x&lt;sub&gt;0&lt;/sub&gt; ← x&lt;sub&gt;0&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;0&lt;/sub&gt;&lt;br&gt;x&lt;sub&gt;1&lt;/sub&gt; ← x&lt;sub&gt;1&lt;/sub&gt; − η ∂f/∂x&lt;sub&gt;1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Book 4.4 Gradient: 4.4.1 the gradient method (gradient descent); 4.3.3 partial derivatives</source>
        <translation>책 4.4 기울기: 4.4.1 경사법(경사 하강법); 4.3.3 편미분</translation>
    </message>
    <message>
        <source>The book&apos;s run: lr = 0.1 from (−3, 4)</source>
        <translation>책의 예: (−3, 4)에서 lr = 0.1</translation>
    </message>
    <message>
        <source>After 100 steps x is about (−6.1e-10, 8.1e-10), the book&apos;s result: practically the minimum (0, 0).</source>
        <translation>100단계 뒤 x는 약 (−6.1e-10, 8.1e-10)으로 책의 결과와 같습니다: 사실상 최솟값 (0, 0)입니다.</translation>
    </message>
    <message>
        <source>lr = 10: why does it seem to stop?</source>
        <translation>lr = 10: 왜 멈춘 것처럼 보일까?</translation>
    </message>
    <message>
        <source>The first steps throw x out to about −2.6e13, and there it stays: not a minimum, the numerical gradient became 0 because x ± h rounds to x.</source>
        <translation>처음 몇 단계 만에 x가 약 −2.6e13까지 튕겨 나가 그 자리에 머뭅니다: 최솟값이 아닙니다. x ± h가 반올림되어 x가 되므로, 수치 미분으로 구한 기울기가 0이 된 것입니다.</translation>
    </message>
    <message>
        <source>lr = 1e-10: why does nothing happen?</source>
        <translation>lr = 1e-10: 왜 아무 일도 없을까?</translation>
    </message>
    <message>
        <source>After 100 steps x is (−2.99999994, 3.99999992), the book&apos;s result: each step moves only η|∇f| = 1e-9.</source>
        <translation>100단계 뒤 x는 (−2.99999994, 3.99999992)로 책의 결과와 같습니다: 한 단계에 η|∇f| = 1e-9만큼만 움직입니다.</translation>
    </message>
    <message>
        <source>The gradient of a neural network</source>
        <translation>신경망에서의 기울기</translation>
    </message>
    <message>
        <source>For a network, the function to minimise is the loss L, and its variables are the weights W. The gradient ∂L/∂W has the shape of W: each entry says how much L changes when that one weight moves a little. The book computes it for a 2×3 simpleNet with numerical_gradient and a lambda that ignores its argument. A gradient step moves every weight against its own partial derivative.</source>
        <translation>신경망에서 최소화할 함수는 손실 함수 L이고, 그 변수는 가중치 W입니다. 기울기 ∂L/∂W는 W와 형상이 같습니다: 각 원소는 그 가중치 하나를 조금 움직일 때 L이 얼마나 변하는지를 나타냅니다. 책은 2×3 simpleNet에 대해, 인수를 쓰지 않는 lambda와 numerical_gradient로 이를 구합니다. 경사법의 한 단계는 각 가중치를 자신의 편미분과 반대 방향으로 움직입니다.</translation>
    </message>
    <message>
        <source>∂L/∂W = (∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;the same 2×3 shape as W&lt;/i&gt;&lt;br&gt;L(w + h) − L(w) ≈ (∂L/∂w) h&lt;br&gt;W ← W − η ∂L/∂W</source>
        <translation>∂L/∂W = (∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;W와 같은 2×3 형상&lt;/i&gt;&lt;br&gt;L(w + h) − L(w) ≈ (∂L/∂w) h&lt;br&gt;W ← W − η ∂L/∂W</translation>
    </message>
    <message>
        <source>Book 4.4.2 The gradient of a neural network (simpleNet)</source>
        <translation>책 4.4.2 신경망에서의 기울기 (simpleNet)</translation>
    </message>
    <message>
        <source>Nudge w12 by h = 0.01</source>
        <translation>w12를 h = 0.01만큼 움직이기</translation>
    </message>
    <message>
        <source>The loss changes by almost exactly ∂L/∂w12 × 0.01: what the partial derivative predicts.</source>
        <translation>손실이 거의 정확히 ∂L/∂w12 × 0.01만큼 변합니다: 편미분이 예측하는 그대로입니다.</translation>
    </message>
    <message>
        <source>One gradient step with lr = 0.5</source>
        <translation>lr = 0.5로 경사법 한 단계</translation>
    </message>
    <message>
        <source>Every weight moved against its own partial derivative, and the loss went down.</source>
        <translation>모든 가중치가 자신의 편미분과 반대 방향으로 움직였고, 손실이 내려갔습니다.</translation>
    </message>
    <message>
        <source>Repeat gradient steps</source>
        <translation>경사법 단계 되풀이하기</translation>
    </message>
    <message>
        <source>The steps repeat on their own: the loss falls quickly at first, then more and more slowly as the gradient shrinks.</source>
        <translation>단계가 저절로 되풀이됩니다: 손실은 처음에는 빨리, 기울기가 작아질수록 점점 천천히 내려갑니다.</translation>
    </message>
    <message>
        <source>Training on MNIST</source>
        <translation>MNIST 학습하기</translation>
    </message>
    <message>
        <source>Training repeats four steps: pick a random mini-batch of training images, compute the gradient of the loss for every weight, move each weight a little against it, repeat. One epoch is as many iterations as it takes to go through the training data once; after each, the recognition accuracy is measured on the training and the test data. If both rise together, the network generalises; a widening gap would be overfitting. Backpropagation (chapter 5) gives the same gradient as numerical differentiation, thousands of times faster.</source>
        <translation>학습은 네 단계를 되풀이합니다: 훈련 데이터에서 무작위로 미니배치를 고르고, 모든 가중치에 대한 손실 함수의 기울기를 구하고, 각 가중치를 기울기의 반대 방향으로 조금 움직이고, 이를 반복합니다. 1에폭은 훈련 데이터를 한 번 다 보는 데 필요한 반복 횟수이며, 에폭마다 훈련 데이터와 시험 데이터로 정확도를 잽니다. 둘이 함께 오르면 신경망이 일반화하고 있는 것이고, 차이가 벌어지면 오버피팅입니다. 오차역전파법(5장)은 수치 미분과 같은 기울기를 수천 배 빠르게 구합니다.</translation>
    </message>
    <message>
        <source>y = softmax(sigmoid(x W&lt;sub&gt;1&lt;/sub&gt; + b&lt;sub&gt;1&lt;/sub&gt;) W&lt;sub&gt;2&lt;/sub&gt; + b&lt;sub&gt;2&lt;/sub&gt;)&lt;br&gt;W ← W − η ∂L/∂W&lt;br&gt;&lt;i&gt;for W&lt;sub&gt;1&lt;/sub&gt;, b&lt;sub&gt;1&lt;/sub&gt;, W&lt;sub&gt;2&lt;/sub&gt; and b&lt;sub&gt;2&lt;/sub&gt;&lt;/i&gt;&lt;br&gt;&lt;i&gt;iterations per epoch = training images / batch size&lt;/i&gt;</source>
        <translation>y = softmax(sigmoid(x W&lt;sub&gt;1&lt;/sub&gt; + b&lt;sub&gt;1&lt;/sub&gt;) W&lt;sub&gt;2&lt;/sub&gt; + b&lt;sub&gt;2&lt;/sub&gt;)&lt;br&gt;W ← W − η ∂L/∂W&lt;br&gt;&lt;i&gt;W&lt;sub&gt;1&lt;/sub&gt;, b&lt;sub&gt;1&lt;/sub&gt;, W&lt;sub&gt;2&lt;/sub&gt;, b&lt;sub&gt;2&lt;/sub&gt; 각각에 대해&lt;/i&gt;&lt;br&gt;&lt;i&gt;1에폭당 반복 횟수 = 훈련 이미지 수 / 배치 크기&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Book 4.5 Implementing the learning algorithm: 4.5.1 a two-layer network class, 4.5.2 mini-batch training, 4.5.3 evaluating with test data</source>
        <translation>책 4.5 학습 알고리즘 구현하기: 4.5.1 2층 신경망 클래스 구현하기, 4.5.2 미니배치 학습 구현하기, 4.5.3 시험 데이터로 평가하기</translation>
    </message>
    <message>
        <source>A hidden layer of 5 units</source>
        <translation>은닉층 뉴런 5개</translation>
    </message>
    <message>
        <source>Five hidden units still learn digits, but the test accuracy ends near 70 % instead of about 87 % with 50 units.</source>
        <translation>은닉층 뉴런이 5개여도 숫자를 학습하지만, 시험 데이터 정확도는 50개일 때의 약 87 %가 아니라 70 % 안팎에 머뭅니다.</translation>
    </message>
    <message>
        <source>Learning rate 0.01 instead of 0.1</source>
        <translation>학습률 0.1 대신 0.01</translation>
    </message>
    <message>
        <source>The loss hardly falls in 1200 iterations (test accuracy about 16 %): every step is ten times smaller. Try 0.5 for comparison: about 92 %.</source>
        <translation>1200번 반복해도 손실이 거의 줄지 않습니다(시험 데이터 정확도 약 16 %): 한 단계가 10분의 1로 작아졌기 때문입니다. 비교로 0.5도 해 보세요: 약 92 %입니다.</translation>
    </message>
    <message>
        <source>Train with the numerical gradient</source>
        <translation>수치 미분으로 학습하기</translation>
    </message>
    <message>
        <source>Each iteration changes each of this tiny net&apos;s 2395 parameters twice to measure the gradient, so it crawls; backpropagation gets the same gradient at a tiny fraction of the cost.</source>
        <translation>기울기를 재려고 반복마다 이 작은 신경망의 매개변수 2395개를 하나씩 두 번 바꾸므로 매우 느리게 나아갑니다. 오차역전파법은 같은 기울기를 아주 적은 계산으로 구합니다.</translation>
    </message>
</context>
<context>
    <name>HelpDock</name>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>&amp;Help for this tab</source>
        <translation>이 탭의 도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Help for this tab ({0})</source>
        <translation>이 탭의 도움말 ({0})</translation>
    </message>
    <message>
        <source>This experiment could not be set up: {0}</source>
        <translation>이 실험을 준비하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>The tab cannot start this now; the status bar says why.</source>
        <translation>탭이 지금은 이 실험을 시작할 수 없습니다. 이유는 상태 표시줄에 나와 있습니다.</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Try this</source>
        <translation>해 보기</translation>
    </message>
    <message>
        <source>There is no help for this tab yet.</source>
        <translation>이 탭에는 아직 도움말이 없습니다.</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>살펴볼 점:</translation>
    </message>
</context>
<context>
    <name>HyperparameterForm</name>
    <message>
        <source>Backpropagation</source>
        <extracomment>The numeric hyperparameters the form shows and remembers, in ``TrainConfig``&apos;s names (Book 4.5.2). MNIST&apos;s sizes: the form shows them where ``TrainConfig`` says ``None`` (the whole set).</extracomment>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <source>Backpropagation (Book 5): the chain rule gives every weight&apos;s gradient from one backward pass.</source>
        <translation>오차역전파법(책 5장): 연쇄 법칙으로 한 번의 역전파에서 모든 가중치의 기울기를 구합니다.</translation>
    </message>
    <message>
        <source>Numerical (structured)</source>
        <translation>수치 미분(구조적)</translation>
    </message>
    <message>
        <source>True central differences for every weight, like the book&apos;s loop, recomputing only the losses a weight changes: the curves follow backprop&apos;s.</source>
        <translation>책의 반복문처럼 모든 가중치의 기울기를 진짜 중심 차분으로 구하되, 그 가중치가 바꾸는 손실만 다시 계산합니다. 곡선이 오차역전파법의 곡선을 따라갑니다.</translation>
    </message>
    <message>
        <source>Numerical (book, one weight at a time)</source>
        <translation>수치 미분(책, 가중치 하나씩)</translation>
    </message>
    <message>
        <source>The book&apos;s loop (Book 4.5): the network runs twice per weight, about 80,000 times per iteration.</source>
        <translation>책의 반복문(책 4.5): 가중치마다 신경망을 두 번 계산하므로 반복 한 번에 약 80,000번 계산합니다.</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>은닉층 크기</translation>
    </message>
    <message>
        <source>Weight init std</source>
        <translation>가중치 초깃값 표준편차</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>훈련 이미지 수</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>시험 이미지 수</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <source>Measured on this computer: {0} per iteration, about {1} for the whole run (h:mm:ss, with {2} accuracy checks).</source>
        <translation>이 컴퓨터에서 측정: 반복 한 번에 {0}, 전체 학습에 약 {1}(h:mm:ss, 정확도 측정 {2}번 포함).</translation>
    </message>
    <message>
        <source>Pause and Stop act at once, inside an iteration too.</source>
        <translation>일시 정지와 정지는 반복 도중에도 바로 적용됩니다.</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>기울기 계산</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>시스템 ({language})</translation>
    </message>
    <message>
        <source>ScratchNN already shows {language}.</source>
        <translation>ScratchNN은 이미 {language}(으)로 표시되고 있습니다.</translation>
    </message>
    <message>
        <source>ScratchNN will show {language} the next time it starts.</source>
        <translation>다음에 시작할 때부터 ScratchNN이 {language}(으)로 표시됩니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>ScratchNN could not start again by itself. Your choice is saved: quit and start ScratchNN to see {language}.</source>
        <translation>ScratchNN을 자동으로 다시 시작하지 못했습니다. 선택은 저장되었습니다: ScratchNN을 끝내고 다시 시작하면 {language}(으)로 표시됩니다.</translation>
    </message>
    <message>
        <source>ScratchNN shows {language} after a restart. Restart now? The window and every tab&apos;s inputs are kept.</source>
        <translation>다시 시작하면 ScratchNN이 {language}(으)로 표시됩니다. 지금 다시 시작할까요? 창과 모든 탭의 입력은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>LogSlider</name>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Learning rate on a logarithmic scale, 1e-12 to 100. Marked: the book&apos;s 1e-10 (too small), 0.1 (just right) and 10 (too large).</source>
        <translation>로그 눈금의 학습률, 1e-12부터 100까지. 책의 1e-10(너무 작음), 0.1(적당함), 10(너무 큼)이 표시되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>LossTab</name>
    <message>
        <source>Loss functions</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>Network output y (bars, drag them) and the one-hot target t</source>
        <translation>신경망 출력 y(막대, 끌어서 조절)와 원-핫 정답 t</translation>
    </message>
    <message>
        <source>class k</source>
        <translation>클래스 k</translation>
    </message>
    <message>
        <source>t: 1 for the true digit, 0 elsewhere</source>
        <translation>t: 정답 숫자는 1, 나머지는 0</translation>
    </message>
    <message>
        <source>½(y_k − t_k)²: each class&apos;s share of MSE</source>
        <translation>½(y_k − t_k)²: 클래스별 MSE 몫</translation>
    </message>
    <message>
        <source>Cross-entropy = −log(y_true + 1e-7)</source>
        <translation>교차 엔트로피 = −log(y_true + 1e-7)</translation>
    </message>
    <message>
        <source>y of the true class</source>
        <translation>정답 클래스의 y</translation>
    </message>
    <message>
        <source>Output probability y_%1</source>
        <translation>출력 확률 y_%1</translation>
    </message>
    <message>
        <source>Make %1 the true digit (t is one-hot)</source>
        <translation>정답 숫자로 지정: %1 (t는 원-핫)</translation>
    </message>
    <message>
        <source>Drag a bar (or the slider under it) to set the output y_k; the round buttons pick the true digit. A softmax output sums to 1: press Normalise after editing.</source>
        <translation>막대(또는 그 아래 슬라이더)를 끌어 출력 y_k를 정하고, 동그란 버튼으로 정답 숫자를 고르세요. 소프트맥스 출력은 합이 1이므로 편집한 뒤 정규화를 누르세요.</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Every output counts: the orange bars are its ten terms.</source>
        <translation>모든 출력이 반영됩니다: 주황색 막대가 그 열 개의 항입니다.</translation>
    </message>
    <message>
        <source>t is one-hot, so only the true class&apos;s output counts: E = −log(y_true + 1e-7), the yellow point on the curve below.</source>
        <translation>t가 원-핫이므로 정답 클래스의 출력만 반영됩니다: E = −log(y_true + 1e-7), 아래 곡선의 노란 점입니다.</translation>
    </message>
    <message>
        <source>Book example 1: &apos;2&apos; with 0.6</source>
        <translation>책의 예 1: &apos;2&apos;가 0.6</translation>
    </message>
    <message>
        <source>Book example 2: &apos;7&apos; with 0.6</source>
        <translation>책의 예 2: &apos;7&apos;이 0.6</translation>
    </message>
    <message>
        <source>Normalise to sum 1</source>
        <translation>합이 1이 되게 정규화</translation>
    </message>
    <message>
        <source>Why + 1e-7? log 0 is −∞: a zero output for the true class would make the loss infinite. With delta the worst loss is −log(1e-7) ≈ 16.1. Why a loss and not accuracy? Accuracy jumps in steps, so its derivative is 0 almost everywhere; a loss changes smoothly (Book 4.2.5).</source>
        <translation>왜 + 1e-7일까요? log 0은 −∞라서, 정답 클래스의 출력이 0이면 손실이 무한대가 됩니다. delta를 더하면 가장 나쁜 손실도 −log(1e-7) ≈ 16.1입니다. 왜 정확도가 아니라 손실을 쓸까요? 정확도는 계단처럼 뛰어서 미분이 거의 모든 곳에서 0이지만, 손실은 매끄럽게 변하기 때문입니다(책 4.2.5).</translation>
    </message>
    <message>
        <source>The network&apos;s output for your digit, with {0} as the true digit.</source>
        <translation>그린 숫자에 대한 신경망의 출력입니다. 정답 숫자는 {0}입니다.</translation>
    </message>
    <message>
        <source>Book example 1: the network says &apos;2&apos; with 0.6, and 2 is right.</source>
        <translation>책의 예 1: 신경망이 &apos;2&apos;를 0.6으로 답했고, 정답은 2입니다.</translation>
    </message>
    <message>
        <source>Book example 2: the network says &apos;7&apos; with 0.6, but 2 is right.</source>
        <translation>책의 예 2: 신경망이 &apos;7&apos;을 0.6으로 답했지만, 정답은 2입니다.</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>Cross-entropy error</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <source> (a softmax output sums to 1: press Normalise)</source>
        <translation> (소프트맥스 출력은 합이 1: 정규화를 누르세요)</translation>
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
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save weights…</source>
        <translation>가중치 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Load weights…</source>
        <translation>가중치 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <source>Export plot as &amp;PNG…</source>
        <translation>그래프를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation>데이터를 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;MNIST for the book&apos;s code…</source>
        <translation>책의 코드용 MNIST 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ScratchNN</source>
        <translation>ScratchNN 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit ScratchNN?</source>
        <translation>ScratchNN을 끝낼까요?</translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation>가중치 저장</translation>
    </message>
    <message>
        <source>There is no network to save yet: train one on the MNIST training tab or load weights first.</source>
        <translation>아직 저장할 신경망이 없습니다: 먼저 MNIST 학습 탭에서 학습하거나 가중치를 불러오세요.</translation>
    </message>
    <message>
        <source>NumPy weights (*.npz)</source>
        <translation>NumPy 가중치 (*.npz)</translation>
    </message>
    <message>
        <source>Could not save the weights to {path}.</source>
        <translation>가중치를 {path}에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Weights saved to {path}</source>
        <translation>가중치를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Load weights</source>
        <translation>가중치 불러오기</translation>
    </message>
    <message>
        <source>NumPy weights (*.npz);;All files (*)</source>
        <translation>NumPy 가중치 (*.npz);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not load weights from {path}.</source>
        <translation>{path}에서 가중치를 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>Weights loaded from {path}</source>
        <translation>{path}에서 가중치를 불러왔습니다</translation>
    </message>
    <message>
        <source>MNIST exported to {folder}</source>
        <translation>MNIST를 {folder}에 내보냈습니다</translation>
    </message>
    <message>
        <source>Export plot as PNG</source>
        <translation>그래프를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Could not export to {path}.</source>
        <translation>{path}에 내보내지 못했습니다.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>{path}에 내보냈습니다</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt 정보</translation>
    </message>
</context>
<context>
    <name>MistakesPage</name>
    <message>
        <source>All mistakes</source>
        <translation>틀린 것 모두</translation>
    </message>
    <message>
        <source>Page through every wrong answer, the most confident first.</source>
        <translation>틀린 답을 모두 넘겨 봅니다. 가장 확신한 것부터.</translation>
    </message>
    <message>
        <source>After a run (or loading weights) the test digits are sorted here by what the network answered.</source>
        <translation>실행이 끝나면(또는 가중치를 불러오면) 시험 데이터 숫자가 신경망의 답에 따라 여기에 분류됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confusion matrix&lt;/b&gt; of the test set: {0:,} of {1:,} digits right, {2:.2%} (the diagonal&apos;s share). Click a cell to see its digits.</source>
        <translation>시험 데이터의 &lt;b&gt;혼동 행렬&lt;/b&gt;: 숫자 {1:,}개 중 {0:,}개 정답, {2:.2%} (대각선이 차지하는 비율). 칸을 클릭하면 그 숫자들을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>All {0:,} mistakes, the most confident first</source>
        <translation>틀린 것 {0:,}개 모두, 가장 확신한 것부터</translation>
    </message>
    <message>
        <source>True {0}, answered {1}: {2:,} digits</source>
        <translation>정답 {0}, 답 {1}: 숫자 {2:,}개</translation>
    </message>
</context>
<context>
    <name>MnistDialog</name>
    <message>
        <source>Export MNIST for the book&apos;s code</source>
        <translation>책의 코드용 MNIST 내보내기</translation>
    </message>
    <message>
        <source>These files are already in {folder}:
{names}

Replace them with ScratchNN&apos;s copy of MNIST?</source>
        <translation>{folder}에 이미 이 파일들이 있습니다:
{names}

ScratchNN에 들어 있는 MNIST로 바꿀까요?</translation>
    </message>
    <message>
        <source>Nothing was exported to {folder}: {error}</source>
        <translation>{folder}에 아무것도 내보내지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Wrote the four MNIST files to {folder}, their contents checked by MD5:
{names}

Next: put them in the book&apos;s dataset/ folder, next to mnist.py. Its load_mnist() then finds them and never downloads. If dataset/ holds a mnist.pkl from an earlier failed attempt, delete it first so that load_mnist() rebuilds it from these files.</source>
        <translation>MNIST 파일 네 개를 {folder}에 썼습니다. 내용은 MD5로 확인했습니다:
{names}

다음: 이 파일들을 책의 dataset/ 폴더, mnist.py 옆에 두세요. 그러면 load_mnist()가 이 파일들을 찾아 다운로드하지 않습니다. 예전에 실패한 시도로 dataset/에 mnist.pkl이 있다면 먼저 지우세요. 그래야 load_mnist()가 이 파일들로 다시 만듭니다.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Red pixels excite the unit, blue ones inhibit it; white ones hardly matter. Click a square to enlarge it.</source>
        <translation>빨간 픽셀은 뉴런을 활성화하고, 파란 픽셀은 억제하며, 흰 픽셀은 거의 영향이 없습니다. 네모를 클릭하면 크게 보입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}-{1}-{2}&lt;/b&gt;: {0} input pixels (28×28), a hidden layer of {1} sigmoid units, {2} softmax outputs: &lt;b&gt;{3:,} parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}-{1}-{2}&lt;/b&gt;: 입력 픽셀 {0}개(28×28), 시그모이드 뉴런 {1}개의 은닉층, 소프트맥스 출력 {2}개: &lt;b&gt;매개변수 {3:,}개&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation>아직 신경망이 없습니다</translation>
    </message>
    <message>
        <source>Hidden unit {0}: its 784 weights</source>
        <translation>은닉층 뉴런 {0}: 가중치 784개</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; click a weight in W (its cell turns orange) and press “+h”, or drag the cell up or down. Then press “Gradient step” or “Train”: all six weights move against dW at once.</source>
        <translation>&lt;b&gt;여기서 시작하세요:&lt;/b&gt; W에서 가중치 하나를 클릭하고(칸이 주황색이 됩니다) “+h”를 누르거나, 그 칸을 위아래로 끌어 보세요. 그다음 “경사 하강 한 단계”나 “학습”을 누르면 가중치 여섯 개가 한꺼번에 dW의 반대 방향으로 움직입니다.</translation>
    </message>
    <message>
        <source>Examples from the study notes (4.4.2)</source>
        <translation>스터디 노트의 예 (4.4.2)</translation>
    </message>
    <message>
        <source>Input x and true class t</source>
        <translation>입력 x와 정답 클래스 t</translation>
    </message>
    <message>
        <source>Make class {k} the true class: t is 1 there, 0 elsewhere</source>
        <translation>클래스 {k}을(를) 정답으로: t는 그 자리만 1이고 나머지는 0입니다(원-핫)</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>정답 클래스</translation>
    </message>
    <message>
        <source>Nudge the picked weight by h</source>
        <translation>고른 가중치를 h만큼 움직이기</translation>
    </message>
    <message>
        <source>The book reads dW this way: raising the weight by h changes the loss by about dW·h. A positive dW means: lower this weight to lower the loss.</source>
        <translation>책은 dW를 이렇게 읽습니다: 가중치를 h만큼 늘리면 손실 함수의 값이 약 dW·h만큼 변합니다. dW가 양수이면 손실을 줄이려면 이 가중치를 줄여야 합니다.</translation>
    </message>
    <message>
        <source>The book&apos;s code for the numerical dW</source>
        <translation>수치 미분으로 dW를 구하는 책의 코드</translation>
    </message>
    <message>
        <source>Learning: W ← W − lr·dW</source>
        <translation>학습: W ← W − lr·dW</translation>
    </message>
    <message>
        <source>descend</source>
        <translation>줄일 손실</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Gradient step</source>
        <translation>경사 하강 한 단계</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Watch the decision regions turn toward their points and the batch loss fall; accuracy climbs in steps.</source>
        <translation>결정 영역이 각 클래스의 점 쪽으로 돌아가고 배치의 손실이 줄어드는 것을 보세요. 정확도는 계단처럼 오릅니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Picked: {name} = {value}; its dW is {dW:.8f}</source>
        <translation>고른 가중치: {name} = {value}, 그 기울기 dW는 {dW:.8f}</translation>
    </message>
    <message>
        <source>Steps since W was set: {steps}
Loss being descended: {first:.4f} → {now:.4f}
Accuracy on the 45 points: {accuracy:.0%}</source>
        <translation>W를 정한 뒤 갱신 횟수: {steps}
줄이는 손실: {first:.4f} → {now:.4f}
점 45개에 대한 정확도: {accuracy:.0%}</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Notes 000: loss 2.93, dW for class 2 (the demo)</source>
        <translation>노트 000: 손실 2.93, 클래스 2에 대한 dW (데모)</translation>
    </message>
    <message>
        <source>Notes 001: loss 1.04, dW for class 0</source>
        <translation>노트 001: 손실 1.04, 클래스 0에 대한 dW</translation>
    </message>
    <message>
        <source>Notes 001: another randn(2, 3) draw</source>
        <translation>노트 001: randn(2, 3)으로 뽑은 또 하나의 값</translation>
    </message>
    <message>
        <source>Toy batch: mean cross-entropy of 45 points</source>
        <translation>작은 예제 배치: 점 45개에 대한 교차 엔트로피 오차의 평균</translation>
    </message>
    <message>
        <source>One sample: the book&apos;s x and t</source>
        <translation>샘플 하나: 책의 x와 t</translation>
    </message>
    <message>
        <source>The lambda ignores its argument w: numerical_gradient changes net.W itself, one entry at a time, and net.loss(x, t) reads net.W.</source>
        <translation>람다는 인수 w를 쓰지 않습니다: numerical_gradient가 net.W 자체를 한 원소씩 바꾸고, net.loss(x, t)가 그 net.W를 읽습니다.</translation>
    </message>
    <message>
        <source>Largest difference {difference:.1e}: the book&apos;s loss adds δ = 1e-7 inside the log and x^T(y − t) is the slope without it; the central difference itself is off by only {rest:.1e}.</source>
        <translation>가장 큰 차이 {difference:.1e}: 책의 손실 함수는 로그 안에 δ = 1e-7을 더하고, x^T(y − t)는 δ가 없을 때의 기울기입니다. 중심 차분 자체의 오차는 {rest:.1e}에 불과합니다.</translation>
    </message>
    <message>
        <source>Raising {name} by h = {h:g} changed the loss by {actual:.6g}; dW·h predicts {predicted:.6g}.</source>
        <translation>{name}을(를) h = {h:g}만큼 늘리자 손실이 {actual:.6g}만큼 변했습니다. dW·h로 예측한 값은 {predicted:.6g}입니다.</translation>
    </message>
    <message>
        <source>{name} must be a number, not “{text}”.</source>
        <translation>{name}에는 숫자를 입력해야 합니다(“{text}”은(는) 숫자가 아닙니다).</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {text}.</source>
        <translation>{name}은(는) 유한한 숫자여야 합니다({text}은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>W is 2×3: there is no weight at row {row}, column {col}.</source>
        <translation>W는 2×3입니다: {row}행 {col}열에는 가중치가 없습니다.</translation>
    </message>
    <message>
        <source>W must be 2×3 numbers, not an array of shape {shape}.</source>
        <translation>W는 2×3개의 숫자여야 합니다(형상이 {shape}인 배열은 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>The true class must be 0, 1 or 2, not “{text}”.</source>
        <translation>정답 클래스는 0, 1, 2 중 하나여야 합니다(“{text}”은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and at most {max:g}, not “{text}”.</source>
        <translation>학습률은 0보다 크고 {max:g} 이하인 숫자여야 합니다(“{text}”은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>{name} must lie between −{max:g} and {max:g}, not {text}.</source>
        <translation>{name}은(는) −{max:g}에서 {max:g} 사이여야 합니다({text}은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>h must be a finite number other than 0, not “{text}”.</source>
        <translation>h는 0이 아닌 유한한 숫자여야 합니다(“{text}”은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>This step would move a weight beyond ±{max:g}: lower the learning rate.</source>
        <translation>이번 갱신은 가중치를 ±{max:g} 밖으로 옮기게 됩니다: 학습률을 낮추세요.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Loss along {name}:</source>
        <translation>{name}만 움직일 때의 손실:</translation>
    </message>
    <message>
        <source>the book&apos;s x, t</source>
        <translation>책의 x, t</translation>
    </message>
    <message>
        <source>toy batch</source>
        <translation>작은 예제 배치</translation>
    </message>
    <message>
        <source>Accuracy on the toy batch along {name}</source>
        <translation>{name}만 움직일 때 작은 예제 배치의 정확도</translation>
    </message>
    <message>
        <source>Toy batch, regions of argmax(xW)</source>
        <translation>작은 예제 배치와 argmax(xW)의 영역</translation>
    </message>
    <message>
        <source>the book&apos;s x</source>
        <translation>책의 x</translation>
    </message>
    <message>
        <source>Network gradient</source>
        <translation>신경망의 기울기</translation>
    </message>
    <message>
        <source>Loaded {0}.</source>
        <translation>{0}을(를) 불러왔습니다.</translation>
    </message>
    <message>
        <source>Training: {0} gradient steps a second.</source>
        <translation>학습 중: 1초에 {0}번 갱신합니다.</translation>
    </message>
    <message>
        <source>Training stopped after {steps} steps: the loss has levelled off at {loss:.4f} (accuracy {accuracy:.0%}).</source>
        <translation>{steps}번 갱신한 뒤 학습을 멈췄습니다: 손실이 {loss:.4f}에서 더 줄지 않습니다(정확도 {accuracy:.0%}).</translation>
    </message>
    <message>
        <source>Training paused after {steps} steps: the loss is {loss:.4f} (accuracy {accuracy:.0%}). Press Train to go on.</source>
        <translation>{steps}번 갱신한 뒤 학습을 잠시 멈췄습니다: 손실 {loss:.4f}, 정확도 {accuracy:.0%}. 계속하려면 “학습”을 누르세요.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>class {k}</source>
        <translation>클래스 {k}</translation>
    </message>
    <message>
        <source>Blue is negative, red positive. Row i multiplies x_i; column k gives the score of class k.</source>
        <translation>파란색은 음수, 빨간색은 양수입니다. i행은 x_i에 곱해지고, k열은 클래스 k의 점수를 만듭니다.</translation>
    </message>
    <message>
        <source>p = x·W are the scores, y = softmax(p) the probabilities, t the one-hot target.</source>
        <translation>p = x·W는 점수, y = softmax(p)는 확률, t는 원-핫 정답 레이블입니다.</translation>
    </message>
    <message>
        <source>W: click a weight to pick it; type or drag</source>
        <translation>W(가중치): 클릭해 고르고, 입력하거나 끌기</translation>
    </message>
    <message>
        <source>Forward pass: p = xW, y = softmax(p)</source>
        <translation>순전파: p = xW, y = softmax(p)</translation>
    </message>
    <message>
        <source>numerical_gradient (the book&apos;s code)</source>
        <translation>numerical_gradient (책의 코드)</translation>
    </message>
    <message>
        <source>analytic: x^T(y − t)</source>
        <translation>해석적: x^T(y − t)</translation>
    </message>
    <message>
        <source>dW: how the loss changes with each weight, computed two ways</source>
        <translation>dW: 각 가중치에 대한 손실 함수의 기울기(편미분), 두 가지 방법으로</translation>
    </message>
    <message>
        <source>loss = −Σ t log(y + 1e-7) = {loss}&lt;br&gt;The net answers class {answer} (largest p); the true class is {target}.</source>
        <translation>손실 = −Σ t log(y + 1e-7) = {loss}&lt;br&gt;신경망의 답은 클래스 {answer}(가장 큰 p)이고, 정답 클래스는 {target}입니다.</translation>
    </message>
    <message>
        <source>largest |numerical − analytic| = {0:.2e}</source>
        <translation>|수치 − 해석적|의 최댓값 = {0:.2e}</translation>
    </message>
    <message>
        <source>Dashed: tangents at the yellow points. The loss tangent&apos;s slope is dW for {name}: a partial derivative is the slope of this slice (4.3.3). Accuracy only steps, so its tangent is flat and shows no way down (4.2.5).</source>
        <translation>점선: 노란 점에서의 접선. 손실 곡선의 접선 기울기가 {name}에 대한 dW입니다. 편미분은 이렇게 변수 하나만 움직인 단면의 기울기입니다(4.3.3). 정확도는 계단처럼만 변해서 접선이 평평하고, 내려갈 방향을 알려 주지 않습니다(4.2.5).</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Test acc</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <source>Train acc</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <source>Forget the selected run: its row and its curves.</source>
        <translation>선택한 실행을 지웁니다: 표의 행과 그래프의 곡선 모두.</translation>
    </message>
    <message>
        <source>Export all runs as CSV…</source>
        <translation>모든 실행을 CSV로 내보내기…</translation>
    </message>
    <message>
        <source>One table of every run: settings, outcome, losses and per-epoch accuracies.</source>
        <translation>모든 실행을 표 하나로: 설정, 결과, 손실, 에폭별 정확도.</translation>
    </message>
    <message>
        <source>Tick to show this run&apos;s curves; untick to hide them.</source>
        <translation>체크하면 이 실행의 곡선을 보여 주고, 체크를 풀면 숨깁니다.</translation>
    </message>
</context>
<context>
    <name>ScratchNN</name>
    <message>
        <source>ScratchNN: unexpected error</source>
        <translation>ScratchNN: 예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

ScratchNN keeps running. If a tab looks wrong, restart the app. The details below help a bug report.</source>
        <translation>문제가 생겼습니다: {error}

ScratchNN은 계속 실행됩니다. 탭이 이상해 보이면 앱을 다시 시작하세요. 아래 자세한 내용은 버그 보고에 도움이 됩니다.</translation>
    </message>
</context>
<context>
    <name>SlicePlots</name>
    <message>
        <source>the start</source>
        <translation>시작점</translation>
    </message>
    <message>
        <source>the current point of the descent</source>
        <translation>경사 하강법의 현재 점</translation>
    </message>
    <message>
        <source>Slices at</source>
        <translation>단면 위치</translation>
    </message>
    <message>
        <source>Rest the mouse on the map to see the slices there.</source>
        <translation>지도 위에 마우스를 멈추면 그 점의 단면이 보입니다.</translation>
    </message>
    <message>
        <source>On the map, the black arrow is grad f = (∂f/∂x0, ∂f/∂x1) at this point, made of the two coloured slopes (drawn at a fixed length); the grey arrows show −grad f, the way gradient descent goes.</source>
        <translation>지도의 검은 화살표는 이 점에서의 grad f = (∂f/∂x0, ∂f/∂x1)이며, 색이 있는 두 편미분(기울기)으로 이루어집니다 (길이는 일정하게 그림). 회색 화살표는 경사 하강법이 나아가는 방향인 −grad f입니다.</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>Drag to turn the surface, scroll to zoom.</source>
        <translation>끌어서 곡면을 돌리고, 휠을 굴려 확대/축소합니다.</translation>
    </message>
</context>
<context>
    <name>TangentTab</name>
    <message>
        <source>x must be a finite number</source>
        <translation>x는 유한한 수여야 합니다</translation>
    </message>
    <message>
        <source>the x range needs min &lt; max, at most {width:g} wide</source>
        <translation>x 범위는 min &lt; max이고 폭이 {width:g} 이하여야 합니다</translation>
    </message>
    <message>
        <source>h must be between 1e-50 and 1e-1</source>
        <translation>h는 1e-50과 1e-1 사이여야 합니다</translation>
    </message>
    <message>
        <source>method must be one of {methods}</source>
        <translation>차분 방법은 {methods} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>Book: 0.01x² + 0.1x</source>
        <translation>책: 0.01x² + 0.1x</translation>
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
        <translation>|x|: 0에서 미분 불가</translation>
    </message>
    <message>
        <source>Derivative &amp;&amp; tangent</source>
        <translation>미분 &amp;&amp; 접선</translation>
    </message>
    <message>
        <source>Error of the numerical derivative against h</source>
        <translation>h에 따른 수치 미분의 오차</translation>
    </message>
    <message>
        <source>|numerical − analytical|</source>
        <translation>|수치 − 해석적|</translation>
    </message>
    <message>
        <source>error exactly 0 (drawn here)</source>
        <translation>오차가 정확히 0 (여기에 표시)</translation>
    </message>
    <message>
        <source>central (f(x+h) − f(x−h)) / 2h</source>
        <translation>중심 차분 (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>forward (f(x+h) − f(x)) / h</source>
        <translation>전방 차분 (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>f(x) =</source>
        <translation>f(x) =</translation>
    </message>
    <message>
        <source>x range</source>
        <translation>x 범위</translation>
    </message>
    <message>
        <source>x (or drag)</source>
        <translation>x (또는 드래그)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차분</translation>
    </message>
    <message>
        <source>Bad function: {0}</source>
        <translation>잘못된 함수: {0}</translation>
    </message>
    <message>
        <source>h = {0:.1e}</source>
        <translation>h = {0:.1e}</translation>
    </message>
    <message>
        <source>central</source>
        <translation>중심 차분</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>전방 차분</translation>
    </message>
    <message>
        <source>x = {0:.6g}, f(x) = {1:.9g}</source>
        <translation>x = {0:.6g}, f(x) = {1:.9g}</translation>
    </message>
    <message>
        <source>numerical ({0}, h = {1:.1e}): {2!r}</source>
        <translation>수치 미분 ({0}, h = {1:.1e}): {2!r}</translation>
    </message>
    <message>
        <source>analytical f&apos;(x) = {0}</source>
        <translation>해석적 미분 f&apos;(x) = {0}</translation>
    </message>
    <message>
        <source>  at x: {0:.15g}</source>
        <translation>  x에서: {0:.15g}</translation>
    </message>
    <message>
        <source>difference numerical − analytical: {0:.3e}</source>
        <translation>차이 (수치 − 해석적): {0:.3e}</translation>
    </message>
    <message>
        <source>f overflows at x (beyond float64&apos;s largest number, about 1.8e308): no derivative here</source>
        <translation>x에서 f가 오버플로합니다 (float64의 가장 큰 수, 약 1.8e308보다 큼): 여기서는 미분이 없습니다</translation>
    </message>
    <message>
        <source>f is not finite at x: no derivative here</source>
        <translation>x에서 f의 값이 유한하지 않습니다: 여기서는 미분할 수 없습니다</translation>
    </message>
    <message>
        <source>the analytical derivative overflows at x (beyond about 1.8e308)</source>
        <translation>x에서 해석적 미분이 오버플로합니다 (약 1.8e308보다 큼)</translation>
    </message>
    <message>
        <source>f has a kink at x: no derivative here (left and right slopes differ)</source>
        <translation>f가 x에서 꺾입니다: 여기서는 미분할 수 없습니다(왼쪽과 오른쪽 기울기가 다름)</translation>
    </message>
    <message>
        <source>no analytical derivative</source>
        <translation>해석적 미분 없음</translation>
    </message>
    <message>
        <source>the analytical derivative is undefined at x</source>
        <translation>x에서 해석적 미분이 정의되지 않습니다</translation>
    </message>
    <message>
        <source>no analytical derivative at this x to compare</source>
        <translation>이 x에서는 비교할 해석적 미분이 없습니다</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>정지(&amp;T)</translation>
    </message>
    <message>
        <source>Train &amp;more</source>
        <translation>더 학습(&amp;M)</translation>
    </message>
    <message>
        <source>Go on from the current network for this many iterations: the curves continue and the run keeps its settings. After loading weights, a new run starts from them with the settings above.</source>
        <translation>지금의 신경망에서 이만큼 더 반복합니다: 곡선이 이어지고 실행의 설정은 그대로입니다. 가중치를 불러온 뒤에는 그 가중치와 위의 설정으로 새 실행을 시작합니다.</translation>
    </message>
    <message>
        <source>Continue training</source>
        <translation>학습 이어 하기</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>회 반복</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <source>Iteration {0:,}: numerical gradient {1:,} of {2:,} parameters, time left {3}</source>
        <translation>{0:,}번째 반복: 수치 미분 {2:,}개 매개변수 중 {1:,}개, 남은 시간 {3}</translation>
    </message>
    <message>
        <source>{0} it/s, time left {1}</source>
        <translation>초당 {0}회, 남은 시간 {1}</translation>
    </message>
    <message>
        <source>{0:,} iterations in {1}</source>
        <translation>{1} 동안 {0:,}회 반복</translation>
    </message>
    <message>
        <source>Numerical gradient</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <source>The numerical gradient needs about {0} (h:mm:ss) for this run. Backpropagation gives the same gradient in seconds. Start anyway?</source>
        <translation>수치 미분으로는 이번 실행에 약 {0}(h:mm:ss) 걸립니다. 오차역전파법은 같은 기울기를 몇 초 만에 구합니다. 그래도 시작할까요?</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss per mini-batch</source>
        <translation>미니배치별 손실</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>smoothed (EMA)</source>
        <translation>이동 평균 (EMA)</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>에폭별 정확도</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>시험 정확도</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>MNIST training</source>
        <translation>MNIST 학습</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>틀린 것</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>숫자 그리기</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>기울기 확인</translation>
    </message>
    <message>
        <source>Training is already running.</source>
        <translation>이미 학습 중입니다.</translation>
    </message>
    <message>
        <source>Training started: loading MNIST, then {0} iterations.</source>
        <translation>학습 시작: MNIST를 불러온 뒤 {0}회 반복합니다.</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>정지하는 중...</translation>
    </message>
    <message>
        <source>Training resumed.</source>
        <translation>학습을 재개했습니다.</translation>
    </message>
    <message>
        <source>Pausing...</source>
        <translation>일시 정지하는 중...</translation>
    </message>
    <message>
        <source>Weights loaded ({0} hidden units).</source>
        <translation>가중치를 불러왔습니다(은닉층 뉴런 {0}개).</translation>
    </message>
    <message>
        <source>Training paused.</source>
        <translation>학습을 일시 정지했습니다.</translation>
    </message>
    <message>
        <source>Training completed: {0} iterations in {1:.1f} s.</source>
        <translation>학습 완료: {1:.1f}초 동안 {0}회 반복.</translation>
    </message>
    <message>
        <source>Training stopped after {0} iterations ({1:.1f} s).</source>
        <translation>{0}회 반복 후 학습을 정지했습니다({1:.1f}초).</translation>
    </message>
    <message>
        <source>Training diverged after {0} iterations ({1:.1f} s): the loss became infinite or NaN. At learning rate {2:g} each step overshoots the minimum, the weights grow until the numbers overflow (Book 4.4.1: too large a learning rate diverges). Try a smaller one, such as 0.1.</source>
        <translation>{0}회 반복 후 학습이 발산했습니다({1:.1f}초): 손실이 무한대나 NaN이 되었습니다. 학습률 {2:g}에서는 매번 최솟값을 지나쳐 가중치가 점점 커지다가 수가 넘칩니다(책 4.4.1: 학습률이 너무 크면 발산합니다). 0.1처럼 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <source>The loss did not fall: at learning rate {0:g} every step overshoots, so the weights jump about instead of settling (Book 4.4.1: too large a learning rate diverges). The loss stays finite only because softmax and the 1e-7 in the cross-entropy keep it below 16.1. Try a smaller one, such as 0.1.</source>
        <translation>손실이 줄지 않았습니다: 학습률 {0:g}에서는 매번 지나쳐서 가중치가 자리를 잡지 못하고 이리저리 뜁니다(책 4.4.1: 학습률이 너무 크면 발산합니다). 손실이 유한한 것은 소프트맥스와 교차 엔트로피 오차의 1e-7 덕분에 16.1을 넘지 않기 때문일 뿐입니다. 0.1처럼 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <source>A training is running ({0:,} of {1:,} iterations, {2} left). Quitting stops it: the run stays in the run history as stopped, but its network is lost unless you stop it first and save the weights. Quit anyway?</source>
        <translation>학습이 진행 중입니다({1:,}회 중 {0:,}회, 남은 시간 {2}). 끝내면 학습이 멈춥니다: 실행은 정지된 것으로 실행 기록에 남지만, 먼저 정지하고 가중치를 저장하지 않으면 신경망은 사라집니다. 그래도 끝낼까요?</translation>
    </message>
    <message>
        <source>This network diverged: its weights are no longer finite numbers, so training cannot go on. Start a new run with a smaller learning rate.</source>
        <translation>이 신경망은 발산했습니다: 가중치가 더는 유한한 수가 아니어서 학습을 이어 갈 수 없습니다. 더 작은 학습률로 새 실행을 시작하세요.</translation>
    </message>
    <message>
        <source>Final accuracy: train {0:.2%}, test {1:.2%}</source>
        <translation>최종 정확도: 훈련 {0:.2%}, 시험 {1:.2%}</translation>
    </message>
    <message>
        <source>Could not finish: {0}</source>
        <translation>끝내지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>There is no network yet: train one or load weights first.</source>
        <translation>아직 신경망이 없습니다: 먼저 학습하거나 가중치를 불러오세요.</translation>
    </message>
    <message>
        <source>Stop the training before loading weights.</source>
        <translation>가중치를 불러오기 전에 학습을 정지하세요.</translation>
    </message>
    <message>
        <source>Weights loaded; measuring their accuracy...</source>
        <translation>가중치를 불러왔습니다. 정확도를 측정하는 중...</translation>
    </message>
    <message>
        <source>lr {value}</source>
        <translation>학습률 {value}</translation>
    </message>
    <message>
        <source>hidden {value}</source>
        <translation>은닉층 {value}</translation>
    </message>
    <message>
        <source>batch {value}</source>
        <translation>배치 {value}</translation>
    </message>
    <message>
        <source>{value} iterations</source>
        <translation>반복 {value}회</translation>
    </message>
    <message>
        <source>init std {value}</source>
        <translation>초깃값 표준편차 {value}</translation>
    </message>
    <message>
        <source>{value} gradient</source>
        <translation>{value} 기울기</translation>
    </message>
    <message>
        <source>train {value}</source>
        <translation>훈련 {value}</translation>
    </message>
    <message>
        <source>test {value}</source>
        <translation>시험 {value}</translation>
    </message>
    <message>
        <source>seed {value}</source>
        <translation>시드 {value}</translation>
    </message>
    <message>
        <source>{value} weights</source>
        <translation>{value} 가중치</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <source>structured numerical</source>
        <translation>구조적 수치 미분</translation>
    </message>
    <message>
        <source>run {n}</source>
        <translation>실행 {n}</translation>
    </message>
    <message>
        <source>The saved run history {path} could not be read ({reason}). It was moved to {backup} and a new history was started.</source>
        <translation>저장된 실행 기록 {path}을(를) 읽을 수 없습니다({reason}). 그 파일은 {backup}(으)로 옮겨 두고 새 기록을 시작했습니다.</translation>
    </message>
    <message>
        <source>The saved run history {path} could not be read ({reason}) nor moved aside ({error}). Runs of this session will not be kept.</source>
        <translation>저장된 실행 기록 {path}을(를) 읽을 수도({reason}), 다른 곳으로 옮겨 둘 수도 없습니다({error}). 이번 세션의 실행은 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>it is far larger than a run history</source>
        <translation>실행 기록이라기엔 너무 큽니다</translation>
    </message>
    <message>
        <source>it was written by another version of ScratchNN</source>
        <translation>다른 버전의 ScratchNN이 만든 파일입니다</translation>
    </message>
    <message>
        <source>it is damaged or not a run history</source>
        <translation>손상되었거나 실행 기록 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>WeightMaps</name>
    <message>
        <source>Each square is one hidden unit&apos;s weights from the 28x28 pixels (a column of W1). Red: positive, blue: negative, white: near 0. Click one to enlarge it.</source>
        <extracomment>Blue for negative, white for zero, red for positive weights (a diverging map centred on 0).</extracomment>
        <translation>네모 하나가 은닉층 뉴런 하나의 가중치입니다: 28x28 픽셀에서 들어오는 가중치(W1의 열 하나). 빨강: 양수, 파랑: 음수, 흰색: 0 근처. 클릭하면 크게 보입니다.</translation>
    </message>
    <message>
        <source>The hidden units&apos; weights appear here when a network is trained or loaded.</source>
        <translation>신경망을 학습하거나 불러오면 여기에 은닉층 뉴런들의 가중치가 나타납니다.</translation>
    </message>
</context>
<context>
    <name>WeightMatrixEditor</name>
    <message>
        <source>Click to pick this weight; type a number and press Enter, or drag up or down to change it (Shift: finer).</source>
        <translation>클릭하면 이 가중치를 고릅니다. 숫자를 입력하고 Enter를 누르거나, 위아래로 끌어서 바꾸세요(Shift: 더 세밀하게).</translation>
    </message>
</context>
</TS>
