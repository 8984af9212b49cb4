a = b /* c */ ++d
